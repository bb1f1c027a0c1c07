package io.tenantry.platform.web;

import java.util.regex.Pattern;

import io.tenantry.test.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ShellBrowserTest extends BrowserTest {

	@Test
	void visitorWithoutSessionIsSentToSignIn() {
		this.page.navigate("/");

		assertThat(this.page).hasURL(Pattern.compile("/login$"));
		assertNoConsoleErrors();
	}

}
