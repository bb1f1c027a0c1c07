package io.tenantry.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.tenantry.platform.ProblemException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** At least 12 characters, and none of the passwords that attackers try first. */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = loadCommonPasswords();
	}

	void check(String password) {
		if (password.length() < MIN_LENGTH) {
			throw ProblemException.invalid("password", "must be at least " + MIN_LENGTH + " characters");
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			throw ProblemException.invalid("password", "is too common; choose another");
		}
	}

	private static Set<String> loadCommonPasswords() {
		try (InputStream in = new ClassPathResource("identity/common-passwords.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty())
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
