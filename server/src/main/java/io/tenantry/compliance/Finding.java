package io.tenantry.compliance;

import org.jspecify.annotations.Nullable;

/** One result of a scanner: a control (created in its framework if new), a status, a resource and a message. */
public record Finding(FrameworkRef framework, String controlId, String title, Severity severity, ResultStatus status,
		@Nullable String resource, @Nullable String message) {

	public static final int MAX_ID = 200;

	public static final int MAX_TITLE = 1000;

	public static final int MAX_RESOURCE = 1000;

	public static final int MAX_MESSAGE = 8000;

	/** The same result, on {@code resource}. */
	public Finding on(@Nullable String resource) {
		return new Finding(this.framework, this.controlId, this.title, this.severity, this.status, resource, this.message);
	}

}
