package io.tenantry.msp;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import io.tenantry.test.Api;
import io.tenantry.test.BrowserTest;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class MspPagesBrowserTest extends BrowserTest {

	@Test
	void clientsPageAddsRetiersAndRemovesAClient() {
		UUID msp = this.fixtures.org("MSP", true);
		UUID client = this.fixtures.org("Client");
		UUID archived = this.fixtures.org("Archived");
		UUID stranger = this.fixtures.org("Stranger");
		TestUser mspAdmin = this.fixtures.member(msp, "ORG_ADMIN");
		// The client side consents by making the MSP's admin one of its own admins.
		this.fixtures.addMember(client, mspAdmin, "ORG_ADMIN");
		this.fixtures.addMember(archived, mspAdmin, "ORG_ADMIN");
		this.fixtures.archive(archived);
		loginAs(mspAdmin.email(), Fixtures.PASSWORD);
		switchTo(msp);

		this.page.navigate("/msp/clients");
		this.page.locator("#add-client").click();
		List<String> offered = this.page.locator("#client-org option").all().stream().map((o) -> o.getAttribute("value")).toList();
		assertThat(offered).contains(client.toString()).doesNotContain(msp.toString(), archived.toString(), stranger.toString());
		assertThat(this.page.locator("#add-client-dialog")).containsText("Read-only");
		this.page.locator("#client-org").selectOption(client.toString());
		this.page.locator("#tier-T2").check();
		this.page.locator("#add-client-submit").click();

		Locator row = this.page.locator("#client-" + client);
		assertThat(row.locator(".client-label")).hasText("Operate");
		assertThat(row.locator(".client-role")).hasText("ORG_ADMIN");
		// htmx (a deferred script) wires the row up once the page has loaded.
		this.page.waitForLoadState();

		row.locator(".client-tier").selectOption("T1");
		assertThat(row.locator(".client-label")).hasText("Monitor");
		assertThat(row.locator(".client-role")).hasText("AUDITOR");

		this.page.onceDialog((dialog) -> dialog.accept());
		row.locator(".client-remove").click();
		assertThat(row).hasCount(0);
		assertThat(this.fixtures.admin().get("/api/v1/msp/" + msp + "/clients").json().size()).isZero();
		assertNoConsoleErrors();
	}

	@Test
	void licensingPageShowsKpisUsageAndEditsALimit() {
		UUID msp = this.fixtures.org("MSP", true);
		UUID client = this.fixtures.org("Client");
		Api admin = this.fixtures.admin();
		admin.post("/api/v1/msp/" + msp + "/clients", Map.of("clientOrgId", client.toString(), "tier", "T3"));
		this.fixtures.member(client, "VIEWER");
		this.fixtures.member(client, "VIEWER");
		admin.put("/api/v1/msp/" + msp + "/licensing/" + client, Map.of("licenseType", "custom", "seatLimit", 1));
		TestUser mspAdmin = this.fixtures.member(msp, "ORG_ADMIN");
		loginAs(mspAdmin.email(), Fixtures.PASSWORD);
		switchTo(msp);

		this.page.navigate("/msp/licensing");

		assertThat(this.page.locator("#kpi-clients")).hasText("1");
		assertThat(this.page.locator("#kpi-users")).hasText("2");
		assertThat(this.page.locator("#kpi-capacity")).hasText("1");
		assertThat(this.page.locator("#kpi-over")).hasText("1");
		Locator row = this.page.locator("#licence-" + client);
		assertThat(row.locator(".licence-type")).hasText("Custom");
		assertThat(row.locator(".licence-users")).hasText("2 / 1");
		assertThat(row.locator(".licence-status")).hasText("Over Limit");
		assertThat(row.locator(".licence-usage")).hasClass(java.util.regex.Pattern.compile(".*bg-danger.*"));
		assertThat(row.locator(".licence-usage")).hasAttribute("style", java.util.regex.Pattern.compile("width: 100%"));

		row.locator(".licence-edit").click();
		this.page.locator("#seat-limit-" + client).fill("5");
		this.page.locator("#licence-type-" + client).selectOption("per-user-all-features");
		this.page.locator("#edit-licence-" + client + " .licence-save").click();

		assertThat(this.page.locator("#licence-" + client + " .licence-status")).hasText("OK");
		assertThat(this.page.locator("#kpi-over")).hasText("0");
		assertThat(this.page.locator("#licence-" + client + " .licence-usage")).hasClass(java.util.regex.Pattern.compile(".*bg-success.*"));
		assertNoConsoleErrors();
	}

	@Test
	void switchingIntoAClientAppliesTheTierRoleWithoutLoggingIn() {
		UUID msp = this.fixtures.org("MSP", true);
		UUID client = this.fixtures.org("Client");
		this.fixtures.admin().post("/api/v1/msp/" + msp + "/clients", Map.of("clientOrgId", client.toString(), "tier", "T1"));
		TestUser mspAdmin = this.fixtures.member(msp, "ORG_ADMIN");
		loginAs(mspAdmin.email(), Fixtures.PASSWORD);

		switchTo(client);
		assertThat(this.page.locator("#active-role")).hasText("AUDITOR");
		assertThat(this.page.locator("main")).containsText("T1");
		assertThat(this.page.locator("#nav-msp-clients")).hasCount(0);

		switchTo(msp);
		assertThat(this.page.locator("#active-role")).hasText("ORG_ADMIN");
		this.page.locator("#nav-msp-clients").click();
		assertThat(this.page.locator("#client-" + client + " .client-label")).hasText("Monitor");
		assertNoConsoleErrors();
	}

	/** Picks the org in the header's switcher, which submits itself, and waits for the page after it. */
	private void switchTo(UUID orgId) {
		this.page.waitForNavigation(() -> this.page.locator("#org-switcher").selectOption(orgId.toString()));
	}

}
