package io.tenantry.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Turns a chosen password into its stored Argon2id hash, once it meets the policy. */
@Component
class Passwords {

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	Passwords(PasswordPolicy policy, PasswordEncoder encoder) {
		this.policy = policy;
		this.encoder = encoder;
	}

	String hashOf(String password) {
		this.policy.check(password);
		return this.encoder.encode(password);
	}

}
