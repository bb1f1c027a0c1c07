package io.tenantry.compliance;

import java.time.Instant;
import java.util.UUID;

/** One remediation of a control requested through the org's remediation webhook; detail says how the call went. */
public record RemediationView(UUID id, String controlId, RemediationStatus status, String detail, String requestedBy,
		Instant requestedAt) {
}
