package io.tenantry.portal;

import java.util.List;
import java.util.UUID;

import io.tenantry.access.Role;
import io.tenantry.identity.Invitation;
import io.tenantry.identity.Mailer;
import io.tenantry.identity.UserAccount;
import io.tenantry.organizations.MemberMail;
import io.tenantry.portal.BrandedMails.Content;

import org.springframework.stereotype.Component;

/**
 * Portal users hear of their access in the client's white-label identity: a new user gets the
 * invitation with the set-password link at the client's portal host, an existing user a note
 * that the portal is open to them.
 */
@Component
class PortalMemberMails implements MemberMail {

	private final BrandedMails mails;

	private final Brandings brandings;

	private final Mailer mailer;

	PortalMemberMails(BrandedMails mails, Brandings brandings, Mailer mailer) {
		this.mails = mails;
		this.brandings = brandings;
		this.mailer = mailer;
	}

	@Override
	public boolean covers(Role role) {
		return role.isPortalRole();
	}

	@Override
	public Invitation.Letter invitation(UUID orgId, Role role) {
		String product = this.brandings.of(orgId).productName();
		return (invitation) -> this.mails.write(orgId, invitation.user().email(),
				new Content("You are invited to " + product, "Welcome to " + product,
						List.of("Hello " + invitation.user().name() + ",",
								"you have been invited to " + product + " as " + label(role)
										+ ". Choose your password with the link below; it works once, for "
										+ invitation.lifetime().toDays() + " days."),
						"Set your password", invitation.path()));
	}

	@Override
	public void sendAdded(UUID orgId, UserAccount user, Role role) {
		String product = this.brandings.of(orgId).productName();
		this.mailer.send(this.mails.write(orgId, user.email(),
				new Content("You now have access to " + product, "You now have access to " + product,
						List.of("Hello " + user.name() + ",", "you can now use " + product + " as " + label(role)
								+ ". Sign in with your existing password."),
						"Open " + product, "/portal")));
	}

	private static String label(Role role) {
		return (role == Role.CLIENT_ADMIN) ? "an administrator" : "a viewer";
	}

}
