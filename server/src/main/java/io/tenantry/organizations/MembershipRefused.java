package io.tenantry.organizations;

import io.tenantry.access.Role;
import io.tenantry.platform.ProblemException;

/** A membership change that the org's rules do not allow. */
final class MembershipRefused extends ProblemException {

	private MembershipRefused(int status, String code, String detail) {
		super(status, code, detail);
	}

	static MembershipRefused alreadyMember() {
		return new MembershipRefused(409, "already_member", "This user is already a member of the organization.");
	}

	static MembershipRefused lastOrgAdmin() {
		return new MembershipRefused(409, "last_org_admin",
				"An organization keeps at least one OrgAdmin: make someone else OrgAdmin first.");
	}

	static MembershipRefused serviceProviderOutsideMsp() {
		return new MembershipRefused(422, "service_provider_requires_msp",
				"SERVICE_PROVIDER members belong only in an org with the MSP portal enabled.");
	}

	static MembershipRefused notAssignable(Role role) {
		return new MembershipRefused(422, "role_not_assignable", role + " is not a membership role.");
	}

	static MembershipRefused noSuchMember() {
		return new MembershipRefused(404, "not_found", "No such member in this organization.");
	}

}
