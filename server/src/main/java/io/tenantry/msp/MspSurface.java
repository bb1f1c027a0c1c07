package io.tenantry.msp;

import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
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
		this.access.require(requireMsp(caller, mspOrgId), Capability.MSP_MANAGE);
		return this.directory.find(mspOrgId).orElseThrow(() -> OrgNotVisible.forId(mspOrgId));
	}

	/** The caller's access to a visible, MSP-enabled org, whatever it may do in it; 404 otherwise. */
	OrgAccess requireMsp(CurrentUser caller, UUID mspOrgId) {
		OrgAccess access = this.access.requireVisible(caller, mspOrgId);
		if (!access.mspPortalEnabled()) {
			throw OrgNotVisible.forId(mspOrgId);
		}
		return access;
	}

}
