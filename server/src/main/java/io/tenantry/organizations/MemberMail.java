package io.tenantry.organizations;

import java.util.UUID;

import io.tenantry.access.Role;
import io.tenantry.identity.Invitation;
import io.tenantry.identity.UserAccount;

/**
 * Writes the mails that tell a user they were added to an org, for the roles it covers: the
 * portal writes its users' mails in the client's white-label identity. A new user with a role no
 * writer covers gets the platform's invitation, an existing one no mail.
 */
public interface MemberMail {

	boolean covers(Role role);

	/** The invitation of a new user added to the org with the role. */
	Invitation.Letter invitation(UUID orgId, Role role);

	/** Tells a user who already had an account that they now belong to the org. */
	void sendAdded(UUID orgId, UserAccount user, Role role);

}
