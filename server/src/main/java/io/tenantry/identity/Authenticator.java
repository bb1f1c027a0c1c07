package io.tenantry.identity;

import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password. An unknown email costs the same hash computation as a wrong
 * password, so timing does not reveal which accounts exist.
 */
@Component
class Authenticator {

	private final UserRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final String decoyHash;

	Authenticator(UserRepository repository, PasswordEncoder passwordEncoder) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.decoyHash = passwordEncoder.encode("decoy-password-for-unknown-accounts");
	}

	/** The active user with these credentials, if any. */
	Optional<UserAccount> authenticate(String email, String password) {
		Optional<UserAccount> user = this.repository.findByEmail(email);
		String hash = user.flatMap((account) -> this.repository.passwordHash(account.id())).orElse(this.decoyHash);
		boolean matches = this.passwordEncoder.matches(password, hash);
		return user.filter((account) -> matches && account.status() == UserStatus.ACTIVE);
	}

}
