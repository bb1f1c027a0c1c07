package io.tenantry.scanning;

import java.util.UUID;
import java.util.regex.Pattern;

import io.tenantry.scanning.Runbook.Behaviour;
import io.tenantry.test.BrowserTest;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Cloud Scanning in a real browser: webhook settings saved on the page, a scan run and followed to completion. */
class ScanningBrowserTest extends BrowserTest {

	@Test
	void orgAdminSavesTheWebhookRunsAScanAndSeesItCompleteWithoutReloading() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.ACCEPT_ONLY)) {
			UUID org = this.fixtures.org("Cloud scanned");
			TestUser orgAdmin = this.fixtures.member(org, "ORG_ADMIN");
			loginAs(orgAdmin.email(), Fixtures.PASSWORD);
			this.page.locator("#nav-settings-scanning").click();
			assertThat(this.page).hasURL(Pattern.compile("/orgs/" + org + "/settings/scanning$"));
			assertThat(this.page.locator("#webhook-secret-state")).hasText("No secret is set.");

			this.page.fill("#webhook-url", runbook.url());
			this.page.fill("#webhook-secret", "browser-runbook-secret");
			this.page.locator("#scan-schedule").selectOption("DAILY");
			this.page.locator("#save-scan-settings").click();

			assertThat(this.page.locator("#scan-settings-saved")).isVisible();
			assertThat(this.page.locator("#webhook-secret-state")).containsText("A secret is set.");
			assertThat(this.page.locator("#webhook-secret")).hasValue("");
			this.page.locator("#run-scan-now").click();

			assertThat(this.page).hasURL(Pattern.compile("/orgs/" + org + "/scans$"));
			assertThat(this.page.locator("#scans tbody tr[data-status=RUNNING] .progress-bar")).isVisible();
			this.page.evaluate("window.stillTheSamePage = true");
			runbook.callBack(runbook.calls.get(0).payload());

			assertThat(this.page.locator("#scans tbody tr[data-status=COMPLETED]")).hasCount(1);
			assertThat(this.page.locator("#scan-list")).not().hasAttribute("hx-trigger", Pattern.compile(".*"));
			assertThat(this.page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);
			assertThat(runbook.callbackAnswers).containsExactly("200");
			assertNoConsoleErrors();
		}
	}

}
