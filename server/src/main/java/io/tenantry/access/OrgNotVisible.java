package io.tenantry.access;

import java.util.UUID;

import io.tenantry.platform.ProblemException;

/** An org, or something in it, that the caller cannot reach: the same 404 as one that does not exist. */
public final class OrgNotVisible extends ProblemException {

	private OrgNotVisible(String detail) {
		super(404, "not_found", detail);
	}

	public static OrgNotVisible forId(UUID orgId) {
		return new OrgNotVisible("No organization " + orgId + ".");
	}

}
