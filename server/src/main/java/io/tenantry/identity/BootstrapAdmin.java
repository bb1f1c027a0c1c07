package io.tenantry.identity;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first SuperAdmin of an empty database: from configuration, or {@code admin@localhost}
 * with a random password printed once. Never again once any user exists.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	static final String DEFAULT_EMAIL = "admin@localhost";

	private final Users users;

	private final BootstrapAdminProperties properties;

	BootstrapAdmin(Users users, BootstrapAdminProperties properties) {
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.anyExists()) {
			return;
		}
		String email = (this.properties.email() != null) ? this.properties.email() : DEFAULT_EMAIL;
		String password = this.properties.password();
		if (password == null) {
			password = randomPassword();
			log.warn("Created the first SuperAdmin {} with password {} (shown only this once; change it)", email,
					password);
		}
		else {
			log.info("Created the first SuperAdmin {}", email);
		}
		this.users.create(email, "Administrator", password, true);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
