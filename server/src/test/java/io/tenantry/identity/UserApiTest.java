package io.tenantry.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.Browser;
import io.tenantry.test.IntegrationTest;
import io.tenantry.test.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UserApiTest extends IntegrationTest {

	static final String PASSWORD = "correct horse battery";

	private Api admin;

	@BeforeEach
	void login() {
		this.admin = this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	static String uniqueEmail() {
		return "user-" + UUID.randomUUID() + "@example.com";
	}

	static String createUser(Api admin, String email, String password) {
		Response created = admin.post("/api/v1/users", Map.of("email", email, "name", "Test User", "password", password));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	@Test
	void superAdminCreatesAnActiveUserWhoCanSignIn() {
		String email = uniqueEmail();

		Response created = this.admin.post("/api/v1/users",
				Map.of("email", email, "name", "Ada Lovelace", "password", PASSWORD));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("id").asString()).isNotBlank();
		assertThat(created.json().get("email").asString()).isEqualTo(email);
		assertThat(created.json().get("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(this.api.login(email, PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void emailsAreUniqueRegardlessOfCase() {
		String email = uniqueEmail();
		createUser(this.admin, email, PASSWORD);

		Response duplicate = this.admin.post("/api/v1/users",
				Map.of("email", email.toUpperCase(), "name", "Twin", "password", PASSWORD));

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("code").asString()).isEqualTo("conflict");
	}

	@Test
	void rejectsAnInvalidEmail() {
		Response response = this.admin.post("/api/v1/users", Map.of("email", "not-an-email", "name", "X"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
	}

	@Test
	void rejectsShortAndCommonPasswords() {
		Response tooShort = this.admin.post("/api/v1/users",
				Map.of("email", uniqueEmail(), "name", "X", "password", "short-pw"));
		Response common = this.admin.post("/api/v1/users",
				Map.of("email", uniqueEmail(), "name", "X", "password", "Password1234"));

		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
		assertThat(common.status()).isEqualTo(400);
		assertThat(common.json().get("errors").get(0).get("message").asString()).contains("common");
	}

	@Test
	void onlySuperAdminsManageUsers() {
		String email = uniqueEmail();
		String id = createUser(this.admin, email, PASSWORD);
		Api user = this.api.login(email, PASSWORD);

		assertThat(user.post("/api/v1/users", Map.of("email", uniqueEmail(), "name", "X", "password", PASSWORD))
			.status()).isEqualTo(403);
		assertThat(user.patch("/api/v1/users/" + id, Map.of("status", "SUSPENDED")).status()).isEqualTo(403);
		assertThat(this.api.post("/api/v1/users", Map.of("email", uniqueEmail(), "name", "X")).status())
			.isEqualTo(401);
		assertThat(this.api.patch("/api/v1/users/" + id, Map.of("status", "SUSPENDED")).status()).isEqualTo(401);
	}

	@Test
	void patchingAnUnknownUserIsNotFound() {
		assertThat(this.admin.patch("/api/v1/users/" + UUID.randomUUID(), Map.of("status", "SUSPENDED")).status())
			.isEqualTo(404);
	}

	@Test
	void renamesAUser() {
		String id = createUser(this.admin, uniqueEmail(), PASSWORD);

		Response renamed = this.admin.patch("/api/v1/users/" + id, Map.of("status", "ACTIVE", "name", "Grace Hopper"));

		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.json().get("name").asString()).isEqualTo("Grace Hopper");
	}

	@Test
	void suspensionEndsEveryTokenAndBrowserSessionAtOnce() throws Exception {
		String email = uniqueEmail();
		String id = createUser(this.admin, email, PASSWORD);
		Api token1 = this.api.login(email, PASSWORD);
		Api token2 = this.api.login(email, PASSWORD);
		Browser browser = browser();
		assertThat(browser.login(email, PASSWORD).redirectsTo("/")).isTrue();
		assertThat(browser.get("/").redirectsTo("/login")).isFalse();
		assertThat(sessionsOf(id)).isEqualTo(1);

		Response suspended = this.admin.patch("/api/v1/users/" + id, Map.of("status", "SUSPENDED"));

		assertThat(suspended.status()).isEqualTo(200);
		assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
		assertThat(token1.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(token2.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(sessionsOf(id)).isZero();
		assertThat(browser.get("/").redirectsTo("/login")).isTrue();
		assertThat(this.api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).status())
			.isEqualTo(401);
	}

	@Test
	void aSessionOfAUserSuspendedBehindTheApplicationEndsAtItsNextRequest() throws Exception {
		String email = uniqueEmail();
		String id = createUser(this.admin, email, PASSWORD);
		Browser browser = browser();
		browser.login(email, PASSWORD);
		assertThat(browser.get("/").redirectsTo("/login")).isFalse();

		updateBehindTheApplication("UPDATE users SET status = 'SUSPENDED' WHERE id = ?", id);

		assertThat(browser.get("/").redirectsTo("/login")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "UPDATE users SET status = 'SUSPENDED' WHERE id = ?",
			"UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE user_id = ?" })
	void aTokenStopsAtItsNextRequestOnceItsUserIsSuspendedOrItExpiresBehindTheApplication(String change)
			throws Exception {
		String email = uniqueEmail();
		String id = createUser(this.admin, email, PASSWORD);
		Api token = this.api.login(email, PASSWORD);
		assertThat(token.get("/api/v1/me").status()).isEqualTo(200);

		updateBehindTheApplication(change, id);

		assertThat(token.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void reactivatedUsersSignInAgain() {
		String email = uniqueEmail();
		String id = createUser(this.admin, email, PASSWORD);
		this.admin.patch("/api/v1/users/" + id, Map.of("status", "SUSPENDED"));

		assertThat(this.admin.patch("/api/v1/users/" + id, Map.of("status", "ACTIVE")).status()).isEqualTo(200);

		assertThat(this.api.login(email, PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void superAdminsCannotSuspendThemselves() {
		String id = this.admin.get("/api/v1/me").json().get("id").asString();

		Response response = this.admin.patch("/api/v1/users/" + id, Map.of("status", "SUSPENDED"));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("cannot_suspend_self");
	}

	@Test
	void aUserWithoutPasswordIsInvitedByMail() {
		String email = uniqueEmail();
		Map<String, Object> body = new HashMap<>(Map.of("email", email, "name", "Invited"));

		assertThat(this.admin.post("/api/v1/users", body).status()).isEqualTo(201);

		String link = io.tenantry.test.TestMail.awaitMailTo(email).linkPath();
		assertThat(link).startsWith("/invite/");
		Browser browser = browser();
		assertThat(browser.get(link).status()).isEqualTo(200);
		assertThat(browser.submit(link, Map.of("password", PASSWORD)).redirectsTo("/login")).isTrue();
		assertThat(this.api.login(email, PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
	}

	private static int sessionsOf(String userId) throws Exception {
		return Integer.parseInt(TestDatabase.asSuperuser("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", userId));
	}

	/** An update behind the application's back, as an operator's SQL would make it. */
	private static void updateBehindTheApplication(String sql, String userId) throws Exception {
		try (Connection db = TestDatabase.superuserConnection(); PreparedStatement update = db.prepareStatement(sql)) {
			update.setObject(1, UUID.fromString(userId));
			update.executeUpdate();
		}
	}

}
