package io.tenantry.identity;

import java.util.Objects;
import java.util.UUID;

import io.tenantry.platform.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What SuperAdmins do to users. Suspending a user ends every browser session and revokes every
 * API token at once.
 */
@Service
public class UserAdministration {

	private final Users users;

	private final UserRepository repository;

	private final ApiTokens tokens;

	private final BrowserSessions sessions;

	private final IdentityAudit audit;

	UserAdministration(Users users, UserRepository repository, ApiTokens tokens, BrowserSessions sessions,
			IdentityAudit audit) {
		this.users = users;
		this.repository = repository;
		this.tokens = tokens;
		this.sessions = sessions;
		this.audit = audit;
	}

	@Transactional
	public UserAccount create(CurrentUser caller, CreateUser command) {
		requireSuperAdmin(caller);
		return this.users.create(command.email(), command.name(), command.password(), false);
	}

	@Transactional
	public UserAccount update(CurrentUser caller, UUID userId, UpdateUser command) {
		requireSuperAdmin(caller);
		UserAccount user = this.repository.findById(userId)
			.orElseThrow(() -> ProblemException.notFound("No such user."));
		UserStatus status = Objects.requireNonNullElse(command.status(), user.status());
		if (status == UserStatus.SUSPENDED && userId.equals(caller.id())) {
			throw ProblemException.unprocessable("cannot_suspend_self", "You cannot suspend yourself.");
		}
		String name = (command.name() != null) ? command.name().trim() : user.name();
		this.repository.update(userId, name, status);
		if (status == UserStatus.SUSPENDED) {
			this.tokens.revokeAll(userId);
			this.sessions.endAll(userId);
		}
		UserAccount updated = this.repository.findById(userId).orElseThrow();
		this.audit.userChanged(user, updated);
		return updated;
	}

	private static void requireSuperAdmin(CurrentUser caller) {
		if (!caller.superAdmin()) {
			throw ProblemException.forbidden("Only SuperAdmins manage users.");
		}
	}

}
