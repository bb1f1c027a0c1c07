package io.tenantry.identity;

import java.util.regex.Pattern;

import io.tenantry.test.BrowserTest;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class MfaLoginBrowserTest extends BrowserTest {

	@Test
	void signsInWithPasswordAndTheCodeOfTheEnrolledAuthenticator() {
		TestUser user = this.fixtures.user("mfa");
		String secret = enrolMfa(user);

		loginAs(user.email(), Fixtures.PASSWORD, secret);

		assertThat(this.page.locator("#dashboard")).isVisible();
		assertNoConsoleErrors();
	}

	@Test
	void wrongCodeKeepsTheUserOut() {
		TestUser user = this.fixtures.user("mfa-wrong");
		String secret = enrolMfa(user);
		submitLogin(user.email(), Fixtures.PASSWORD);
		this.page.waitForURL("**/login/mfa**");

		this.page.fill("input[name=code]", "000000".equals(totp(secret)) ? "111111" : "000000");
		this.page.locator("form button[type=submit]").first().click();

		assertThat(this.page.locator("#login-error")).isVisible();
		this.page.navigate("/");
		assertThat(this.page).hasURL(Pattern.compile("/login"));
		assertNoConsoleErrors();
	}

	/** Signs in, sets up MFA on the account page, signs out, and returns the TOTP secret. */
	private String enrolMfa(TestUser user) {
		loginAs(user.email(), Fixtures.PASSWORD);
		this.page.navigate("/account");
		this.page.locator("#enrol-mfa").click();
		String secret = this.page.locator("#mfa-secret").textContent().trim();
		this.page.fill("#code", totp(secret));
		this.page.locator("#confirm-mfa").click();
		assertThat(this.page.locator("#recovery-codes")).isVisible();
		logout();
		return secret;
	}

}
