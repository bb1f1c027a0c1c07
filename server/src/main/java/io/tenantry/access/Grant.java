package io.tenantry.access;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What one path grants a principal in one org. {@code actingThrough} names the MSP org for
 * {@link Via#MSP} grants, so that actions can be attributed to both sides.
 */
public record Grant(UUID orgId, Role role, @Nullable Tier tier, Via via, Set<Capability> capabilities,
		@Nullable UUID actingThrough) {

	public static Grant membership(UUID orgId, Role role, Set<Capability> capabilities) {
		return new Grant(orgId, role, null, Via.MEMBER, capabilities, null);
	}

	public static Grant msp(UUID clientOrgId, Tier tier, UUID mspOrgId) {
		return new Grant(clientOrgId, tier.effectiveRole(), tier, Via.MSP, tier.capabilities(), mspOrgId);
	}

	/** An API key of the org: shows as a Viewer, and may read and import scans. */
	public static Grant apiKey(UUID orgId) {
		return new Grant(orgId, Role.VIEWER, null, Via.API_KEY, Capabilities.AGENT, null);
	}

}
