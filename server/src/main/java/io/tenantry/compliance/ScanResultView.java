package io.tenantry.compliance;

import org.jspecify.annotations.Nullable;

/** One finding of a scan. */
public record ScanResultView(String controlId, String title, Severity severity, ResultStatus status,
		@Nullable String resource, @Nullable String message) {
}
