package io.tenantry.identity;

import io.tenantry.platform.ProblemException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in users change about their own account. */
@Service
public class Accounts {

	private final UserRepository repository;

	private final PasswordEncoder encoder;

	private final Passwords passwords;

	private final IdentityAudit audit;

	Accounts(UserRepository repository, PasswordEncoder encoder, Passwords passwords, IdentityAudit audit) {
		this.repository = repository;
		this.encoder = encoder;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** Sets a new password after checking the current one. */
	@Transactional
	public void changePassword(CurrentUser caller, String currentPassword, String newPassword) {
		boolean matches = this.repository.passwordHash(caller.id())
			.filter((hash) -> this.encoder.matches(currentPassword, hash))
			.isPresent();
		if (!matches) {
			throw ProblemException.invalid("currentPassword", "is wrong");
		}
		this.repository.setPasswordHash(caller.id(), this.passwords.hashOf(newPassword));
		this.audit.passwordChanged(caller);
	}

}
