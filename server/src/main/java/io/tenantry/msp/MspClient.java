package io.tenantry.msp;

import java.util.UUID;

import io.tenantry.access.Role;
import io.tenantry.access.Tier;

/** One client of an MSP as the API shows it: the tier, its label and the role it shows as. */
public record MspClient(UUID clientOrgId, String clientName, Tier tier, String tierLabel, Role effectiveRole) {

	static MspClient of(UUID clientOrgId, String clientName, Tier tier) {
		return new MspClient(clientOrgId, clientName, tier, tier.label(), tier.effectiveRole());
	}

}
