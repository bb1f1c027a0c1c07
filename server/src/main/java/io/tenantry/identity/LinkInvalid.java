package io.tenantry.identity;

import io.tenantry.platform.ProblemException;

/** An invitation or reset link that is unknown, expired or already used. */
public final class LinkInvalid extends ProblemException {

	private LinkInvalid() {
		super(410, "link_invalid", "This link is invalid, expired or already used.");
	}

	static LinkInvalid create() {
		return new LinkInvalid();
	}

}
