package io.tenantry.portal;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import io.tenantry.test.BrowserTest;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change-request round trip in a real browser: the portal's dialog, filled for the row it was
 * opened from, and the MSP queue deciding in place.
 */
class ChangeRequestBrowserTest extends BrowserTest {

	@Test
	void clientAdminRequestsARoleChangeFromTheRowAndTheMspApprovesItInTheQueue() {
		UUID msp = this.fixtures.org("MSP", true);
		UUID client = this.fixtures.org("Client");
		this.fixtures.admin().post("/api/v1/msp/" + msp + "/clients", Map.of("clientOrgId", client.toString(), "tier", "T3"));
		TestUser mspAdmin = this.fixtures.member(msp, "ORG_ADMIN");
		TestUser clientAdmin = this.fixtures.member(client, "CLIENT_ADMIN");
		TestUser viewer = this.fixtures.member(client, "CLIENT_VIEWER");
		loginAs(clientAdmin.email(), Fixtures.PASSWORD);

		this.page.navigate("/portal/users");
		this.page.locator("tr[data-user='" + viewer.id() + "'] .request-row").click();
		assertThat(this.page.locator("#change-target-label")).hasText("About " + viewer.email());
		assertThat(this.page.locator("#change-kind")).hasValue("change-role");
		this.page.locator("#change-role").selectOption("CLIENT_ADMIN");
		this.page.locator("#change-submit").click();
		assertThat(this.page.locator("#request-sent")).isVisible();
		assertThat(this.page.locator("#change-requests")).containsText("OPEN");
		assertNoConsoleErrors();

		this.page.context().clearCookies();
		loginAs(mspAdmin.email(), Fixtures.PASSWORD);
		this.page.navigate("/msp/change-requests?msp=" + msp);
		Locator request = this.page.locator("#queue tr:has-text('" + viewer.email() + "')");
		request.locator("input[name=comment]").fill("Done for you");
		request.locator(".approve").click();

		assertThat(request.locator(".request-status")).hasText("DONE");
		assertThat(request).containsText("Done for you");
		assertThat(roleOf(client, viewer)).isEqualTo("CLIENT_ADMIN");
		assertNoConsoleErrors();
	}

	@Test
	void clientAdminRequestsALicenceChangeFromTheLicencePage() {
		UUID client = this.fixtures.org("Client");
		TestUser clientAdmin = this.fixtures.member(client, "CLIENT_ADMIN");
		loginAs(clientAdmin.email(), Fixtures.PASSWORD);

		this.page.navigate("/portal/licences");
		this.page.locator("#request-licence-change").click();
		assertThat(this.page.locator("#change-target-label")).containsText("the licence");
		assertThat(this.page.locator("#change-kind")).hasValue("other");
		assertThat(this.page.locator("#change-kind option[value=add-member]")).isDisabled();
		this.page.locator("#change-text").fill("Raise the limit to 30 seats");
		this.page.locator("#change-submit").click();

		assertThat(this.page.locator("#request-sent")).isVisible();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile("/portal/licences$"));
		JsonNode request = this.fixtures.admin().get("/api/v1/orgs/" + client + "/change-requests").json().get(0);
		assertThat(request.get("target").asString()).isEqualTo("licence");
		assertThat(request.get("details").asString()).isEqualTo("Raise the limit to 30 seats");
		assertNoConsoleErrors();
	}

	private String roleOf(UUID org, TestUser user) {
		return this.fixtures.admin()
			.get("/api/v1/orgs/" + org + "/members")
			.json()
			.valueStream()
			.filter((member) -> member.get("userId").asString().equals(user.id().toString()))
			.findFirst()
			.orElseThrow()
			.get("role")
			.asString();
	}

}
