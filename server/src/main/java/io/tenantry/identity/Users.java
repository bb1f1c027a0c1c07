package io.tenantry.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user directory other modules call: look users up and create them. */
@Service
public class Users {

	private final UserRepository repository;

	private final Passwords passwords;

	private final Invitations invitations;

	private final IdentityAudit audit;

	private final Clock clock;

	Users(UserRepository repository, Passwords passwords, Invitations invitations, IdentityAudit audit, Clock clock) {
		this.repository = repository;
		this.passwords = passwords;
		this.invitations = invitations;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<UserAccount> findById(UUID id) {
		return this.repository.findById(id);
	}

	/** The users with these ids that exist, in no particular order. */
	public List<UserAccount> findAllById(Collection<UUID> ids) {
		return this.repository.findAllById(ids);
	}

	/** Every SuperAdmin, whatever their status. */
	public List<UUID> superAdminIds() {
		return this.repository.superAdminIds();
	}

	public Optional<UserAccount> findByEmail(String email) {
		return this.repository.findByEmail(email);
	}

	/** Whether the user has set a password; an invited user has not yet. */
	public boolean hasPassword(UUID id) {
		return this.repository.passwordHash(id).isPresent();
	}

	/**
	 * Creates a user; without a password the user is mailed an invitation link and can sign in
	 * only after setting one through it.
	 */
	@Transactional
	public UserAccount create(String email, String name, @Nullable String password, boolean superAdmin) {
		UserAccount user = insert(email, name, password, superAdmin);
		if (password == null) {
			this.invitations.invite(user, Invitations.PLATFORM);
		}
		return user;
	}

	/**
	 * Creates a user without a password and mails them the invitation the letter writes; a mail
	 * server that refuses it undoes the creation.
	 */
	@Transactional
	public UserAccount invite(String email, String name, Invitation.Letter letter) {
		UserAccount user = insert(email, name, null, false);
		this.invitations.invite(user, letter);
		return user;
	}

	private UserAccount insert(String email, String name, @Nullable String password, boolean superAdmin) {
		if (this.repository.exists(email)) {
			throw ProblemException.conflict("A user with this email already exists.");
		}
		String hash = (password != null) ? this.passwords.hashOf(password) : null;
		UserAccount user = new UserAccount(UUID.randomUUID(), email.trim(), name.trim(), UserStatus.ACTIVE,
				superAdmin, this.clock.instant());
		try {
			this.repository.insert(user, hash);
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("A user with this email already exists.");
		}
		this.audit.userCreated(user, password == null);
		return user;
	}

	boolean anyExists() {
		return this.repository.count() > 0;
	}

}
