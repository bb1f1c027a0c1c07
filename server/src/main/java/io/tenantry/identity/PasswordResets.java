package io.tenantry.identity;

import io.tenantry.identity.PasswordLinks.Purpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Password resets by mail. The request is answered before anything is looked up, so neither the
 * answer nor its timing tells whether the email belongs to an account.
 */
@Service
public class PasswordResets {

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	private final UserRepository users;

	private final PasswordLinks links;

	private final Mailer mailer;

	private final PublicLinks publicLinks;

	private final IdentityProperties properties;

	private final TaskExecutor executor;

	PasswordResets(UserRepository users, PasswordLinks links, Mailer mailer, PublicLinks publicLinks,
			IdentityProperties properties, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.users = users;
		this.links = links;
		this.mailer = mailer;
		this.publicLinks = publicLinks;
		this.properties = properties;
		this.executor = executor;
	}

	public void request(String email) {
		this.executor.execute(() -> {
			try {
				mailLinkTo(email);
			}
			catch (RuntimeException ex) {
				log.warn("Could not send a password-reset link", ex);
			}
		});
	}

	private void mailLinkTo(String email) {
		this.users.findByEmail(email).filter((user) -> user.status() == UserStatus.ACTIVE).ifPresent((user) -> {
			String token = this.links.issue(user.id(), Purpose.RESET, this.properties.resetLifetime());
			this.mailer.send(user.email(), "Reset your Tenantry password", """
					Hello %s,

					someone asked to reset your Tenantry password. If it was you, choose a new one here
					(the link works once, for %d minutes):

					%s

					If it was not you, ignore this mail; your password stays as it is.
					""".formatted(user.name(), this.properties.resetLifetime().toMinutes(),
					this.publicLinks.to("/reset/" + token)));
		});
	}

}
