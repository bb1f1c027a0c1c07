package io.tenantry.identity;

import java.util.Map;

import io.tenantry.test.Browser;
import io.tenantry.test.Browser.Page;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static io.tenantry.identity.UserApiTest.PASSWORD;
import static io.tenantry.identity.UserApiTest.createUser;
import static io.tenantry.identity.UserApiTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

class BrowserLoginTest extends IntegrationTest {

	@Test
	void theLoginPageHasTheFormFields() {
		Page page = browser().get("/login");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"email\"", "name=\"email\"", "id=\"password\"", "name=\"password\"",
				"name=\"_csrf\"");
	}

	@Test
	void pagesNeedASignIn() {
		assertThat(browser().get("/admin/outbox").redirectsTo("/login")).isTrue();
	}

	@Test
	void signsInWithANewSessionIdAndSignsOut() {
		String email = uniqueEmail();
		createUser(this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD), email, PASSWORD);
		Browser browser = browser();

		assertThat(browser.login(email, PASSWORD).redirectsTo("/")).isTrue();
		assertThat(browser.get("/").redirectsTo("/login")).isFalse();

		browser.get("/login");
		assertThat(browser.submit("/logout", Map.of()).redirectsTo("/login")).isTrue();
		assertThat(browser.get("/").redirectsTo("/login")).isTrue();
	}

	@Test
	void aWrongPasswordShowsTheSameErrorAsAnUnknownEmail() {
		String email = uniqueEmail();
		createUser(this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD), email, PASSWORD);

		Page wrong = browser().login(email, "not the password");
		Page unknown = browser().login(uniqueEmail(), PASSWORD);

		assertThat(wrong.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrong.body()).contains("Email or password is wrong.");
		assertThat(unknown.body()).contains("Email or password is wrong.");
	}

	@Test
	void aLoginWithoutCsrfTokenIsRefused() {
		Browser browser = browser();

		Page page = browser.submit("/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));

		assertThat(page.status()).isEqualTo(403);
	}

}
