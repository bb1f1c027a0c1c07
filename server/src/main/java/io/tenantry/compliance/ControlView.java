package io.tenantry.compliance;

import org.jspecify.annotations.Nullable;

/**
 * A control of the org's latest scan with its effective status: an active override's, else the scan's.
 * {@code scanStatus} is what the scan said.
 */
public record ControlView(String controlId, String framework, String title, Severity severity, ResultStatus status,
		boolean overridden, ResultStatus scanStatus) {
}
