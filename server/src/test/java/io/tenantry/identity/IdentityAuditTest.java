package io.tenantry.identity;

import java.util.Map;

import io.tenantry.test.Api;
import io.tenantry.test.Browser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.tenantry.identity.MfaTest.currentCode;
import static io.tenantry.identity.UserApiTest.PASSWORD;
import static io.tenantry.identity.UserApiTest.createUser;
import static io.tenantry.identity.UserApiTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

class IdentityAuditTest extends IntegrationTest {

	private Api admin;

	@BeforeEach
	void login() {
		this.admin = this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	@Test
	void recordsUserCreationAndSuspension() {
		String email = uniqueEmail();
		String id = createUser(this.admin, email, PASSWORD);
		this.admin.patch("/api/v1/users/" + id, Map.of("status", "SUSPENDED"));
		this.admin.patch("/api/v1/users/" + id, Map.of("status", "ACTIVE"));

		assertThat(entry("user.created", id).get("actorEmail").asString()).isEqualTo(ADMIN_EMAIL);
		assertThat(entry("user.suspended", id).get("details").get("after").get("status").asString())
			.isEqualTo("SUSPENDED");
		assertThat(entry("user.reactivated", id)).isNotNull();
	}

	@Test
	void recordsLoginsFailuresAndLogouts() {
		String email = uniqueEmail();
		String id = createUser(this.admin, email, PASSWORD);
		String wrongEmail = uniqueEmail();
		this.api.post("/api/v1/auth/login", Map.of("email", wrongEmail, "password", PASSWORD));
		Api user = this.api.login(email, PASSWORD);
		user.post("/api/v1/auth/logout", null);
		Browser browser = browser();
		browser.login(email, PASSWORD);
		browser.get("/login");
		browser.submit("/logout", Map.of());

		JsonNode failed = entries().valueStream()
			.filter((e) -> e.get("action").asString().equals("auth.login_failed")
					&& wrongEmail.equals(e.get("details").get("email").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(failed.get("details").get("reason").asString()).isEqualTo("invalid_credentials");
		JsonNode succeeded = entry("auth.login_succeeded", id);
		assertThat(succeeded.get("actorEmail").asString()).isEqualTo(email);
		assertThat(entries().valueStream()
			.filter((e) -> e.get("action").asString().equals("auth.logged_out") && id.equals(e.get("target").asString()))
			.map((e) -> e.get("details").get("channel").asString())).contains("api", "browser");
	}

	@Test
	void recordsMfaSteps() {
		String email = uniqueEmail();
		String id = createUser(this.admin, email, PASSWORD);
		Api user = this.api.login(email, PASSWORD);
		String secret = user.post("/api/v1/account/mfa", null).json().get("secret").asString();
		user.post("/api/v1/account/mfa/confirm", Map.of("code", currentCode(secret)));
		this.api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD));
		this.api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD, "totp", "not-a-code"));

		assertThat(entry("user.mfa_enabled", id)).isNotNull();
		assertThat(entry("auth.mfa_challenged", id)).isNotNull();
		assertThat(entry("auth.login_failed", id).get("details").get("reason").asString()).isEqualTo("mfa_invalid");
	}

	private JsonNode entries() {
		return this.admin.get("/api/v1/audit?limit=200").json();
	}

	private JsonNode entry(String action, String target) {
		return entries().valueStream()
			.filter((e) -> e.get("action").asString().equals(action) && target.equals(e.get("target").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + action + " for " + target));
	}

}
