package io.tenantry.compliance;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.options.FilePayload;
import io.tenantry.test.BrowserTest;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The compliance pages in a real browser: Client Dashboard, scan import, overrides and work on a control. */
class ComplianceBrowserTest extends BrowserTest {

	private String control;

	@BeforeEach
	void controlId() {
		this.control = "BT." + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void clientCardSwitchesIntoTheClientWithItsTierRole() {
		UUID msp = this.fixtures.org("MSP", true);
		UUID client = this.fixtures.org("Client");
		this.fixtures.admin().post("/api/v1/msp/" + msp + "/clients", Map.of("clientOrgId", client.toString(), "tier", "T1"));
		TestUser mspAdmin = this.fixtures.member(msp, "ORG_ADMIN");
		loginAs(mspAdmin.email(), Fixtures.PASSWORD);

		this.page.navigate("/msp/dashboard?msp=" + msp);
		this.page.locator("form.app-client:has(input[value='" + client + "']) button").click();

		assertThat(this.page.locator("#dashboard h1")).hasText(orgName(client));
		assertThat(this.page.locator("#active-role")).hasText("AUDITOR");
		assertThat(this.page.locator("#dashboard")).containsText("T1");
		assertNoConsoleErrors();
	}

	@Test
	void orgAdminImportsAScannerFileOnTheScansPage() {
		UUID org = this.fixtures.org("Scanned");
		TestUser orgAdmin = this.fixtures.member(org, "ORG_ADMIN");
		loginAs(orgAdmin.email(), Fixtures.PASSWORD);
		this.page.navigate("/orgs/" + org + "/scans");

		this.page.locator("#import-format").selectOption("native");
		this.page.locator("#import-file").setInputFiles(new FilePayload("results.json", "application/json",
				nativeScan("FAIL").getBytes(StandardCharsets.UTF_8)));
		this.page.locator("#import-form button[type=submit]").click();

		assertThat(this.page).hasURL(Pattern.compile("/orgs/" + org + "/scans/[0-9a-f-]{36}$"));
		assertThat(this.page.locator("#results")).containsText(this.control);
		this.page.navigate("/orgs/" + org + "/scans");
		assertThat(this.page.locator("#scans tbody tr")).hasCount(1);
		assertNoConsoleErrors();
	}

	@Test
	void orgAdminOverridesAControlOnItsPage() {
		UUID org = this.fixtures.org("Overridden");
		assertThat(this.fixtures.admin()
			.send("POST", "/api/v1/orgs/" + org + "/scans/import?format=native", BodyPublishers.ofString(nativeScan("FAIL")),
					"application/json")
			.status()).isEqualTo(201);
		TestUser orgAdmin = this.fixtures.member(org, "ORG_ADMIN");
		loginAs(orgAdmin.email(), Fixtures.PASSWORD);
		this.page.navigate("/orgs/" + org + "/controls/" + this.control);
		assertThat(this.page.locator("#effective-status")).hasText("FAIL");

		this.page.locator("#override-status").selectOption("PASS");
		this.page.fill("#override-reason", "Compensating control in place");
		this.page.locator("#override-form button[type=submit]").click();

		assertThat(this.page.locator("#effective-status")).hasText("PASS");
		assertThat(this.page.locator("#overrides")).containsText("Compensating control in place");
		assertNoConsoleErrors();
	}

	@Test
	void orgAdminWorksOnAControlInPlace() {
		UUID org = this.fixtures.org("Worked on");
		this.control = this.fixtures.failingControl(org, "BT");
		TestUser orgAdmin = this.fixtures.member(org, "ORG_ADMIN");
		loginAs(orgAdmin.email(), Fixtures.PASSWORD);
		this.page.navigate("/orgs/" + org + "/controls/" + this.control);

		this.page.fill("#comment-body", "Vendor patch due Friday");
		this.page.locator("#comment-form button[type=submit]").click();
		assertThat(this.page.locator("#comments")).containsText("Vendor patch due Friday");
		this.page.locator("#assignee-select").selectOption(orgAdmin.id().toString());
		this.page.locator("#assign-form button[type=submit]").click();
		assertThat(this.page.locator("#assignee")).containsText(orgAdmin.email());
		this.page.fill("#roadmap-title", "Apply the vendor patch");
		this.page.fill("#roadmap-target", "2026-09-30");
		this.page.locator("#roadmap-form button[type=submit]").click();
		assertThat(this.page.locator("#roadmap-items")).containsText("Apply the vendor patch");
		this.page.locator("#remediate-form button[type=submit]").click();

		assertThat(this.page.locator("#work-error")).containsText("no remediation webhook");
		assertThat(this.page.locator("#comments")).containsText("Vendor patch due Friday");
		assertNoConsoleErrors();
	}

	/** A scan in the native format with the test's control at this status. */
	private String nativeScan(String status) {
		return """
				{"results": [{"controlId": "%s", "title": "Browser-tested control", "severity": "HIGH", "status": "%s"}]}
				""".formatted(this.control, status);
	}

	private String orgName(UUID orgId) {
		return this.fixtures.admin().get("/api/v1/orgs/" + orgId).json().get("name").asString();
	}

}
