package io.tenantry.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.Browser;
import io.tenantry.test.Browser.Page;
import io.tenantry.test.IntegrationTest;
import io.tenantry.test.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.tenantry.identity.UserApiTest.PASSWORD;
import static io.tenantry.identity.UserApiTest.createUser;
import static io.tenantry.identity.UserApiTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

class MfaTest extends IntegrationTest {

	private Api admin;

	@BeforeEach
	void login() {
		this.admin = this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	static String currentCode(String secret) {
		try {
			return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A user with MFA enabled: its email, TOTP secret and recovery codes. */
	record MfaUser(String id, String email, String secret, List<String> recoveryCodes) {
	}

	private MfaUser userWithMfa() {
		String email = uniqueEmail();
		String id = createUser(this.admin, email, PASSWORD);
		Api user = this.api.login(email, PASSWORD);
		String secret = user.post("/api/v1/account/mfa", null).json().get("secret").asString();
		Response confirmed = user.post("/api/v1/account/mfa/confirm", Map.of("code", currentCode(secret)));
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		List<String> codes = confirmed.json().get("recoveryCodes").valueStream().map((c) -> c.asString()).toList();
		return new MfaUser(id, email, secret, codes);
	}

	private Response apiLogin(String email, String password, String totp) {
		Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", password));
		if (totp != null) {
			body.put("totp", totp);
		}
		return this.api.from(LoginThrottleTest.randomIp()).post("/api/v1/auth/login", body);
	}

	@Test
	void enrolmentAnswersASecretWithItsQrCode() {
		String email = uniqueEmail();
		createUser(this.admin, email, PASSWORD);

		Response enrolment = this.api.login(email, PASSWORD).post("/api/v1/account/mfa", null);

		assertThat(enrolment.status()).isEqualTo(200);
		assertThat(enrolment.json().get("secret").asString()).matches("[A-Z2-7]{16,}");
		assertThat(enrolment.json().get("otpauthUri").asString()).startsWith("otpauth://totp/").contains("issuer=Tenantry");
		assertThat(enrolment.json().get("qrCodeDataUri").asString()).startsWith("data:image/png;base64,");
	}

	@Test
	void aWrongConfirmationCodeLeavesMfaOff() {
		String email = uniqueEmail();
		createUser(this.admin, email, PASSWORD);
		Api user = this.api.login(email, PASSWORD);
		user.post("/api/v1/account/mfa", null);

		Response confirmed = user.post("/api/v1/account/mfa/confirm", Map.of("code", "000000"));

		assertThat(confirmed.status()).isEqualTo(422);
		assertThat(confirmed.json().get("code").asString()).isEqualTo("mfa_invalid");
		assertThat(apiLogin(email, PASSWORD, null).status()).isEqualTo(200);
	}

	@Test
	void apiLoginOfAnMfaAccountNeedsItsCurrentCode() {
		MfaUser user = userWithMfa();

		Response missing = apiLogin(user.email(), PASSWORD, null);
		Response wrong = apiLogin(user.email(), PASSWORD, "123456".equals(currentCode(user.secret())) ? "654321" : "123456");
		Response right = apiLogin(user.email(), PASSWORD, currentCode(user.secret()));

		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.json().get("code").asString()).isEqualTo("mfa_required");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.json().get("code").asString()).isEqualTo("mfa_invalid");
		assertThat(right.status()).isEqualTo(200);
		assertThat(right.json().get("token").asString()).isNotBlank();
	}

	@Test
	void aWrongPasswordFailsBeforeTheCodeIsAskedFor() {
		MfaUser user = userWithMfa();

		Response response = apiLogin(user.email(), "not the password", null);

		assertThat(response.json().get("code").asString()).isEqualTo("invalid_credentials");
	}

	@Test
	void aRecoveryCodeWorksOnce() {
		MfaUser user = userWithMfa();
		assertThat(user.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
		String recovery = user.recoveryCodes().get(0);

		assertThat(apiLogin(user.email(), PASSWORD, recovery).status()).isEqualTo(200);
		Response again = apiLogin(user.email(), PASSWORD, recovery);

		assertThat(again.status()).isEqualTo(401);
		assertThat(again.json().get("code").asString()).isEqualTo("mfa_invalid");
		assertThat(apiLogin(user.email(), PASSWORD, user.recoveryCodes().get(1).toUpperCase()).status()).isEqualTo(200);
	}

	@Test
	void secretsAreEncryptedAndRecoveryCodesHashedAtRest() throws Exception {
		MfaUser user = userWithMfa();

		try (Connection db = TestDatabase.superuserConnection()) {
			String stored = single(db, "SELECT secret_encrypted FROM mfa_credentials WHERE user_id = ?", user.id()).get(0);
			assertThat(stored).doesNotContain(user.secret());
			List<String> hashes = single(db, "SELECT code_hash FROM mfa_recovery_codes WHERE user_id = ?", user.id());
			assertThat(hashes).hasSize(10).doesNotContainAnyElementsOf(user.recoveryCodes());
		}
	}

	@Test
	void disablingNeedsACodeAndTurnsMfaOff() {
		MfaUser user = userWithMfa();
		Api client = this.api.as(apiLogin(user.email(), PASSWORD, currentCode(user.secret())).json().get("token").asString());

		assertThat(client.post("/api/v1/account/mfa/disable", Map.of("code", "not-a-code")).status()).isEqualTo(422);
		assertThat(client.post("/api/v1/account/mfa/disable", Map.of("code", currentCode(user.secret()))).status())
			.isEqualTo(204);

		assertThat(apiLogin(user.email(), PASSWORD, null).status()).isEqualTo(200);
	}

	@Test
	void browserLoginAsksForTheCodeOnASecondPage() {
		MfaUser user = userWithMfa();
		Browser browser = browser();

		assertThat(browser.login(user.email(), PASSWORD).redirectsTo("/login/mfa")).isTrue();
		assertThat(browser.get("/").redirectsTo("/login")).isTrue();
		Page step = browser.get("/login/mfa");
		assertThat(step.body()).contains("id=\"code\"", "name=\"code\"");
		Page wrong = browser.submit("/login/mfa", Map.of("code", "not-a-code"));
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(browser.submit("/login/mfa", Map.of("code", currentCode(user.secret()))).redirectsTo("/")).isTrue();
		assertThat(browser.get("/").status()).isEqualTo(200);
	}

	@Test
	void theMfaPageNeedsAPasswordFirst() {
		assertThat(browser().get("/login/mfa").redirectsTo("/login")).isTrue();
	}

	@Test
	void theAccountPageEnrolsWithAQrCodeAndShowsRecoveryCodesOnce() {
		String email = uniqueEmail();
		createUser(this.admin, email, PASSWORD);
		Browser browser = browser();
		browser.login(email, PASSWORD);
		assertThat(browser.get("/account").body()).contains("id=\"enrol-mfa\"");

		Page enrolment = browser.submit("/account/mfa/enrol", Map.of());

		assertThat(enrolment.body()).contains("id=\"mfa-qr\"", "src=\"data:image/png;base64,");
		Matcher secret = Pattern.compile("id=\"mfa-secret\">([A-Z2-7]+)<").matcher(enrolment.body());
		assertThat(secret.find()).isTrue();
		Page confirmed = browser.submit("/account/mfa/confirm", Map.of("code", currentCode(secret.group(1))));
		assertThat(confirmed.body()).contains("id=\"recovery-codes\"");
		assertThat(Pattern.compile("class=\"recovery-code\"").matcher(confirmed.body()).results().count()).isEqualTo(10);
		assertThat(browser.get("/account").body()).doesNotContain("id=\"recovery-codes\"").contains("id=\"disable-mfa\"");
		assertThat(apiLogin(email, PASSWORD, null).json().get("code").asString()).isEqualTo("mfa_required");
	}

	@Test
	void theAccountPageChangesThePasswordGivenTheCurrentOne() {
		String email = uniqueEmail();
		createUser(this.admin, email, PASSWORD);
		Browser browser = browser();
		browser.login(email, PASSWORD);
		browser.get("/account");

		Page wrong = browser.submit("/account/password",
				Map.of("currentPassword", "not my password", "newPassword", "another long passphrase"));
		Page changed = browser.submit("/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "another long passphrase"));

		assertThat(wrong.status()).isEqualTo(400);
		assertThat(changed.body()).contains("id=\"password-changed\"");
		assertThat(apiLogin(email, "another long passphrase", null).status()).isEqualTo(200);
	}

	@Test
	void onlySuperAdminsSeeAndChangePlatformSettings() {
		String email = uniqueEmail();
		createUser(this.admin, email, PASSWORD);
		Api user = this.api.login(email, PASSWORD);

		assertThat(this.admin.get("/api/v1/platform/settings").json().get("requireMfaForPrivileged").asBoolean())
			.isFalse();
		assertThat(user.get("/api/v1/platform/settings").status()).isEqualTo(403);
		assertThat(user.put("/api/v1/platform/settings", Map.of("requireMfaForPrivileged", true)).status())
			.isEqualTo(403);
	}

	@Test
	void theMfaRequirementSendsPrivilegedUsersToEnrolment() {
		String spEmail = uniqueEmail();
		createUser(this.admin, spEmail, PASSWORD);
		String msp = this.admin.post("/api/v1/orgs", Map.of("name", "MSP " + UUID.randomUUID(), "mspPortalEnabled", true))
			.json()
			.get("id")
			.asString();
		assertThat(this.admin.post("/api/v1/orgs/" + msp + "/members", Map.of("email", spEmail, "role", "SERVICE_PROVIDER"))
			.status()).isEqualTo(201);
		String plainEmail = uniqueEmail();
		createUser(this.admin, plainEmail, PASSWORD);
		MfaUser enrolled = userWithMfa();
		this.admin.post("/api/v1/orgs/" + msp + "/members", Map.of("email", enrolled.email(), "role", "SERVICE_PROVIDER"));
		try {
			assertThat(this.admin.put("/api/v1/platform/settings", Map.of("requireMfaForPrivileged", true)).status())
				.isEqualTo(200);

			Response superAdmin = apiLogin(ADMIN_EMAIL, ADMIN_PASSWORD, null);
			Response serviceProvider = apiLogin(spEmail, PASSWORD, null);
			assertThat(superAdmin.status()).isEqualTo(401);
			assertThat(superAdmin.json().get("code").asString()).isEqualTo("mfa_enrollment_required");
			assertThat(serviceProvider.json().get("code").asString()).isEqualTo("mfa_enrollment_required");
			assertThat(apiLogin(plainEmail, PASSWORD, null).status()).isEqualTo(200);
			assertThat(apiLogin(enrolled.email(), PASSWORD, currentCode(enrolled.secret())).status())
				.isEqualTo(200);
			Browser serviceProviderBrowser = browser();
			assertThat(serviceProviderBrowser.login(spEmail, PASSWORD).redirectsTo("/account")).isTrue();
			assertThat(serviceProviderBrowser.get("/").redirectsTo("/account")).as("other pages wait for enrolment")
				.isTrue();
			assertThat(serviceProviderBrowser.get("/account").status()).isEqualTo(200);
		}
		finally {
			this.admin.put("/api/v1/platform/settings", Map.of("requireMfaForPrivileged", false));
		}
		assertThat(apiLogin(ADMIN_EMAIL, ADMIN_PASSWORD, null).status()).isEqualTo(200);
	}

	private static List<String> single(Connection db, String sql, String userId) throws Exception {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			query.setObject(1, UUID.fromString(userId));
			try (ResultSet rs = query.executeQuery()) {
				List<String> values = new ArrayList<>();
				while (rs.next()) {
					values.add(rs.getString(1));
				}
				return values;
			}
		}
	}

}
