package io.tenantry.identity;

import io.tenantry.identity.PasswordLinks.Purpose;

import org.springframework.stereotype.Component;

/** Mails a new user the link that sets their first password. */
@Component
class Invitations {

	private final PasswordLinks links;

	private final Mailer mailer;

	private final PublicLinks publicLinks;

	private final IdentityProperties properties;

	Invitations(PasswordLinks links, Mailer mailer, PublicLinks publicLinks, IdentityProperties properties) {
		this.links = links;
		this.mailer = mailer;
		this.publicLinks = publicLinks;
		this.properties = properties;
	}

	void invite(UserAccount user) {
		String token = this.links.issue(user.id(), Purpose.INVITE, this.properties.invitationLifetime());
		this.mailer.send(user.email(), "You are invited to Tenantry", """
				Hello %s,

				you have been invited to Tenantry. Choose your password here (the link works once, for %d days):

				%s
				""".formatted(user.name(), this.properties.invitationLifetime().toDays(),
				this.publicLinks.to("/invite/" + token)));
	}

}
