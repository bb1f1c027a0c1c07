package io.tenantry.identity;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.Browser;
import io.tenantry.test.Browser.Page;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static io.tenantry.identity.UserApiTest.PASSWORD;
import static io.tenantry.identity.UserApiTest.createUser;
import static io.tenantry.identity.UserApiTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest extends IntegrationTest {

	private static final int ACCOUNT_FAILURES = 5;

	private static final int IP_FAILURES = 50;

	@Test
	void unknownEmailAndWrongPasswordAnswerAlike() {
		String email = uniqueEmail();
		createUser(this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD), email, PASSWORD);
		Api client = this.api.from(randomIp());

		Response wrongPassword = client.post("/api/v1/auth/login", Map.of("email", email, "password", "wrong password!"));
		Response unknownEmail = client.post("/api/v1/auth/login", Map.of("email", uniqueEmail(), "password", PASSWORD));

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownEmail.status()).isEqualTo(401);
		assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
	}

	@Test
	void anAccountIsLockedAfterRepeatedFailuresEvenForTheRightPassword() {
		String email = uniqueEmail();
		createUser(this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD), email, PASSWORD);
		for (int i = 0; i < ACCOUNT_FAILURES; i++) {
			// Each failure from a different address: the account's own limit is what locks it.
			assertThat(this.api.from(randomIp())
				.post("/api/v1/auth/login", Map.of("email", email, "password", "wrong password " + i))
				.status()).isEqualTo(401);
		}

		Response locked = this.api.from(randomIp())
			.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD));

		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.contentType()).startsWith("application/problem+json");
		assertThat(locked.json().get("code").asString()).isEqualTo("rate_limited");
		assertThat(Long.parseLong(locked.header("Retry-After"))).isPositive();
	}

	@Test
	void anAddressIsThrottledAfterManyFailuresAcrossAccounts() {
		Api client = this.api.from(randomIp());
		for (int i = 0; i < IP_FAILURES; i++) {
			client.post("/api/v1/auth/login", Map.of("email", uniqueEmail(), "password", "wrong password"));
		}

		Response throttled = client.post("/api/v1/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isNotNull();
		assertThat(this.api.from(randomIp()).login(ADMIN_EMAIL, ADMIN_PASSWORD).get("/api/v1/me").status())
			.isEqualTo(200);
	}

	@Test
	void theBrowserLoginIsThrottledToo() {
		String email = "nobody-" + UUID.randomUUID() + "@example.com";
		Browser browser = browser();
		for (int i = 0; i < ACCOUNT_FAILURES; i++) {
			assertThat(browser.login(email, "wrong password").status()).isEqualTo(401);
		}

		Page throttled = browser.login(email, "wrong password");

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.retryAfter()).isNotNull();
		assertThat(throttled.body()).contains("id=\"login-error\"");
	}

	static String randomIp() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
