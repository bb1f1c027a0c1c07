package io.tenantry.identity;

import io.tenantry.identity.PasswordLinks.Purpose;

import org.springframework.stereotype.Component;

/** Mails a new user the link that sets their first password, in the platform's words or a module's. */
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

	/** The platform's own invitation. */
	static final Invitation.Letter PLATFORM = (invitation) -> Mail.plain(invitation.user().email(),
			"You are invited to Tenantry", """
					Hello %s,

					you have been invited to Tenantry. Choose your password here (the link works once, for %d days):

					%s
					""".formatted(invitation.user().name(), invitation.lifetime().toDays(), invitation.link()));

	void invite(UserAccount user, Invitation.Letter letter) {
		String path = "/invite/" + this.links.issue(user.id(), Purpose.INVITE, this.properties.invitationLifetime());
		this.mailer.send(letter.write(new Invitation(user, path, this.publicLinks.to(path),
				this.properties.invitationLifetime())));
	}

}
