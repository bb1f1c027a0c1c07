package io.tenantry.compliance;

import org.jspecify.annotations.Nullable;

/** Optional filters of the controls list; null means any. */
public record ControlFilter(@Nullable String framework, @Nullable Severity severity, @Nullable ResultStatus status) {

	public static final ControlFilter NONE = new ControlFilter(null, null, null);

	boolean matches(ControlView control) {
		return (this.framework == null || this.framework.isBlank() || this.framework.equals(control.framework()))
				&& (this.severity == null || this.severity == control.severity())
				&& (this.status == null || this.status == control.status());
	}

}
