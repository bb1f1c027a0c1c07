package io.tenantry.access;

import java.util.Set;

/** The access tier of an MSP relationship, and what it grants in the client org. */
public enum Tier {

	T1("Monitor", Role.AUDITOR, Capabilities.READ),
	T2("Operate", Role.ORG_ADMIN, Capabilities.OPERATE),
	T3("Manage", Role.ORG_ADMIN, Capabilities.MANAGE);

	private final String label;

	private final Role effectiveRole;

	private final Set<Capability> capabilities;

	Tier(String label, Role effectiveRole, Set<Capability> capabilities) {
		this.label = label;
		this.effectiveRole = effectiveRole;
		this.capabilities = capabilities;
	}

	public String label() {
		return this.label;
	}

	/** The role label the tier shows as; its capabilities, not the role's, decide. */
	public Role effectiveRole() {
		return this.effectiveRole;
	}

	public Set<Capability> capabilities() {
		return this.capabilities;
	}

}
