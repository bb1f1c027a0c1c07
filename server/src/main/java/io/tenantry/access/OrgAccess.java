package io.tenantry.access;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A principal's access to one org: the union of its grants. {@code role}, {@code tier} and
 * {@code via} describe the strongest grant; {@code capabilities} decide. {@code archived} and
 * {@code mspPortalEnabled} are the org's own, as the check read them.
 */
public record OrgAccess(UUID orgId, Role role, @Nullable Tier tier, Via via, Set<Capability> capabilities,
		boolean archived, boolean mspPortalEnabled, @Nullable UUID actingThrough) {

	public boolean can(Capability capability) {
		return this.capabilities.contains(capability);
	}

}
