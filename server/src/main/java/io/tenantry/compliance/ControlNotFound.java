package io.tenantry.compliance;

import io.tenantry.platform.ProblemException;

/** A control id the catalogue does not know: 404. */
public final class ControlNotFound extends ProblemException {

	private ControlNotFound(String detail) {
		super(404, "not_found", detail);
	}

	public static ControlNotFound forId(String controlId) {
		return new ControlNotFound("No control " + controlId + ".");
	}

}
