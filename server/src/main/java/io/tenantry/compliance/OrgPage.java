package io.tenantry.compliance;

import java.util.UUID;

/** What every compliance page of an org shows about the org and the caller: name and what it may do. */
public record OrgPage(UUID orgId, String name, boolean canOverride, boolean canImport, boolean canComment,
		boolean canAssign, boolean canPlan, boolean canRemediate) {
}
