package io.tenantry.access;

import java.util.Set;

/** Roles as the API names them, with their level (higher reaches more) and membership capabilities. */
public enum Role {

	SUPER_ADMIN(5, Capabilities.ALL),
	SERVICE_PROVIDER(4, Capabilities.READ),
	ORG_ADMIN(3, Capabilities.MANAGE),
	AUDITOR(2, Capabilities.REVIEW),
	VIEWER(1, Capabilities.READ),
	CLIENT_ADMIN(0, Capabilities.PORTAL_ADMIN),
	CLIENT_VIEWER(0, Capabilities.READ);

	private final int level;

	private final Set<Capability> capabilities;

	Role(int level, Set<Capability> capabilities) {
		this.level = level;
		this.capabilities = capabilities;
	}

	public int level() {
		return this.level;
	}

	/** What a direct member with this role may do in the org. */
	public Set<Capability> capabilities() {
		return this.capabilities;
	}

	/** Client-portal roles reach only the portal, never the MSP pages or direct mutations. */
	public boolean isPortalRole() {
		return this == CLIENT_ADMIN || this == CLIENT_VIEWER;
	}

}
