package io.tenantry.identity;

import java.time.Duration;

/**
 * A new user's invitation: the path of their single-use set-password link, that link on the
 * platform's public URL, and how long it works.
 */
public record Invitation(UserAccount user, String path, String link, Duration lifetime) {

	/** Writes the mail that carries an invitation, for modules that send it in their own words. */
	@FunctionalInterface
	public interface Letter {

		Mail write(Invitation invitation);

	}

}
