package io.tenantry.test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.time.SystemTimeProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser tests: the application as in {@link IntegrationTest}, driven by Debian's
 * headless Chromium through Playwright. One browser per test class, a fresh context (cookies,
 * storage) per test. Console errors, which include every Content-Security-Policy violation, and
 * failed resource loads are collected so that tests can assert the pages work under the strict CSP.
 */
public abstract class BrowserTest extends IntegrationTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	protected Page page;

	protected final List<String> consoleErrors = new ArrayList<>();

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openContext() {
		this.context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
			.setViewportSize(1280, 800));
		// Generous: the build machine may be busy; waits end as soon as their condition holds.
		this.context.setDefaultTimeout(30_000);
		this.context.setDefaultNavigationTimeout(60_000);
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			// Failed loads are reported below with their address; a page's own error status is no script error.
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				this.consoleErrors.add(message.text());
			}
		});
		this.page.onResponse((response) -> {
			if (response.status() >= 400 && !"document".equals(response.request().resourceType())) {
				this.consoleErrors.add(response.status() + " " + response.url());
			}
		});
		this.page.onPageError((error) -> this.consoleErrors.add(error));
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	/** Signs in through the login form and waits for the page after it. */
	protected void loginAs(String email, String password) {
		submitLogin(email, password);
		this.page.waitForURL((url) -> !url.contains("/login"));
	}

	/** Signs in through the login form and its MFA step, with a code computed from the TOTP secret. */
	protected void loginAs(String email, String password, String totpSecret) {
		submitLogin(email, password);
		this.page.waitForURL("**/login/mfa**");
		this.page.fill("input[name=code]", totp(totpSecret));
		this.page.locator("form button[type=submit]").first().click();
		this.page.waitForURL((url) -> !url.contains("/login"));
	}

	/** The current RFC 6238 code of a TOTP secret. */
	protected static String totp(String secret) {
		try {
			long step = new SystemTimeProvider().getTime() / 30;
			return new DefaultCodeGenerator().generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Asserts the page loaded all its resources and logged no error, in particular no CSP violation. */
	protected void assertNoConsoleErrors() {
		assertThat(this.consoleErrors).isEmpty();
	}

	/** Signs out through the user menu. */
	protected void logout() {
		// The menu opens by Bootstrap's deferred script: after a form post the new page's markup may be
		// visible before that script ran, and a click then would open nothing.
		this.page.waitForLoadState();
		this.page.locator("#user-menu").click();
		this.page.locator("#logout").click();
		this.page.waitForURL("**/login?logout");
	}

	/** Fills and submits the login form, without waiting for where it leads. */
	protected void submitLogin(String email, String password) {
		this.page.navigate("/login");
		this.page.fill("input[name=email]", email);
		this.page.fill("input[name=password]", password);
		this.page.locator("form button[type=submit]").first().click();
	}

}
