package io.tenantry.identity;

import java.util.Map;

import io.tenantry.test.Api;
import io.tenantry.test.Browser;
import io.tenantry.test.Browser.Page;
import io.tenantry.test.IntegrationTest;
import io.tenantry.test.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.tenantry.identity.UserApiTest.PASSWORD;
import static io.tenantry.identity.UserApiTest.createUser;
import static io.tenantry.identity.UserApiTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordLinkTest extends IntegrationTest {

	private static final String NEW_PASSWORD = "a brand new passphrase";

	private Api admin;

	@BeforeEach
	void login() {
		this.admin = this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	@Test
	void passwordResetAnswersAcceptedForUnknownEmails() {
		assertThat(this.api.post("/api/v1/auth/password-reset", Map.of("email", uniqueEmail())).status())
			.isEqualTo(202);
	}

	@Test
	void aResetLinkSetsANewPasswordOnce() {
		String email = uniqueEmail();
		createUser(this.admin, email, PASSWORD);
		Api oldToken = this.api.login(email, PASSWORD);

		assertThat(this.api.post("/api/v1/auth/password-reset", Map.of("email", email.toUpperCase())).status())
			.isEqualTo(202);

		TestMail.Mail mail = TestMail.awaitMailTo(email);
		assertThat(mail.link()).startsWith(baseUrl() + "/reset/");
		String link = mail.linkPath();
		Browser browser = browser();
		assertThat(browser.get(link).body()).contains("name=\"password\"");
		assertThat(browser.submit(link, Map.of("password", NEW_PASSWORD)).redirectsTo("/login")).isTrue();
		assertThat(this.api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).status())
			.isEqualTo(401);
		assertThat(this.api.login(email, NEW_PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
		assertThat(oldToken.get("/api/v1/me").status()).as("tokens issued before the reset end").isEqualTo(401);

		assertThat(browser.get(link).status()).isEqualTo(410);
		Page again = browser.submit(link, Map.of("password", "yet another passphrase"));
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.body()).contains("id=\"link-invalid\"");
		assertThat(this.api.login(email, NEW_PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aLinkRefusesAWeakPasswordAndStaysUsable() {
		String email = uniqueEmail();
		createUser(this.admin, email, PASSWORD);
		this.api.post("/api/v1/auth/password-reset", Map.of("email", email));
		String link = TestMail.awaitMailTo(email).linkPath();
		Browser browser = browser();
		browser.get(link);

		Page weak = browser.submit(link, Map.of("password", "short"));

		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.body()).contains("id=\"password-error\"");
		assertThat(browser.submit(link, Map.of("password", NEW_PASSWORD)).redirectsTo("/login")).isTrue();
	}

	@Test
	void aResetTokenIsNoInvitation() {
		String email = uniqueEmail();
		createUser(this.admin, email, PASSWORD);
		this.api.post("/api/v1/auth/password-reset", Map.of("email", email));
		String token = TestMail.awaitMailTo(email).linkPath().substring("/reset/".length());

		assertThat(browser().get("/invite/" + token).status()).isEqualTo(410);
	}

	@Test
	void unknownLinksShowTheErrorPage() {
		Page page = browser().get("/invite/not-a-real-token");

		assertThat(page.status()).isEqualTo(410);
		assertThat(page.body()).contains("id=\"link-invalid\"");
	}

	@Test
	void theResetPageAsksForALinkByMail() {
		String email = uniqueEmail();
		createUser(this.admin, email, PASSWORD);
		Browser browser = browser();
		browser.get("/reset");

		Page requested = browser.submit("/reset", Map.of("email", email));

		assertThat(requested.body()).contains("id=\"reset-requested\"");
		assertThat(TestMail.awaitMailTo(email).linkPath()).startsWith("/reset/");
	}

}
