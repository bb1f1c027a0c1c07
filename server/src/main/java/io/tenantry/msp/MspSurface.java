package io.tenantry.msp;

import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.CapabilityCheck;
import io.tenantry.access.OrgNotVisible;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;

import org.springframework.stereotype.Component;

/**
 * The entry check of every MSP endpoint: the org must be visible and MSP-enabled (an org
 * without the MSP portal has no MSP surface: 404), and the caller must hold {@code msp:manage}.
 */
@Component
class MspSurface {

	private final AccessService access;

	private final OrgDirectory directory;

	MspSurface(AccessService access, OrgDirectory directory) {
		this.access = access;
		this.directory = directory;
	}

	Organization requireManage(CurrentUser caller, UUID mspOrgId) {
		checkManage(caller, mspOrgId).require();
		return this.directory.find(mspOrgId).orElseThrow(() -> OrgNotVisible.forId(mspOrgId));
	}

	/** Whether the caller holds {@code msp:manage} in a visible, MSP-enabled org; 404 otherwise. */
	CapabilityCheck checkManage(CurrentUser caller, UUID mspOrgId) {
		CapabilityCheck check = this.access.check(caller, mspOrgId, Capability.MSP_MANAGE);
		if (!check.org().mspPortalEnabled()) {
			throw OrgNotVisible.forId(mspOrgId);
		}
		return check;
	}

}
