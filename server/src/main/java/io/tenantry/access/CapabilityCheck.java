package io.tenantry.access;

/**
 * Whether a caller holds one capability in an org it can see, with the org's state, as
 * {@link AccessService#check} answers it.
 */
public record CapabilityCheck(Capability capability, boolean held, OrgState org) {

	/** 403 unless the capability is held. */
	public void require() {
		if (!this.held) {
			throw AccessService.lacking(this.capability);
		}
	}

}
