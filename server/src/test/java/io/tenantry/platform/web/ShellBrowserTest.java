package io.tenantry.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import io.tenantry.test.BrowserTest;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ShellBrowserTest extends BrowserTest {

	@Test
	void visitorWithoutSessionIsSentToSignIn() {
		this.page.navigate("/");

		assertThat(this.page).hasURL(Pattern.compile("/login$"));
		assertNoConsoleErrors();
	}

	@Test
	void superAdminSeesEverySectionUnderTheStrictCsp() {
		loginAs(ADMIN_EMAIL, ADMIN_PASSWORD);

		assertThat(this.page.locator("#nav-dashboard")).hasClass(Pattern.compile("active"));
		assertThat(this.page.locator("#nav-msp-organizations")).isVisible();
		assertThat(this.page.locator("#nav-admin-outbox")).isVisible();
		assertThat(this.page.locator("#nav-admin-audit")).isVisible();
		assertNoConsoleErrors();
	}

	@Test
	void viewerSeesTheDashboardOfTheOrgAndNoMspOrAdminSections() {
		UUID org = this.fixtures.org("Northwind");
		TestUser viewer = this.fixtures.member(org, "VIEWER");

		loginAs(viewer.email(), Fixtures.PASSWORD);

		assertThat(this.page.locator("#dashboard h1")).hasText(orgName(org));
		assertThat(this.page.locator("#active-role")).hasText("VIEWER");
		assertThat(this.page.locator("#nav-controls")).isVisible();
		assertThat(this.page.locator("#nav-audit")).hasCount(0);
		assertThat(this.page.locator("#nav-msp")).hasCount(0);
		assertThat(this.page.locator("#nav-admin")).hasCount(0);
		assertNoConsoleErrors();
	}

	@Test
	void orgAdminOfAnMspOrgSeesTheMspSectionButNotOrganizations() {
		UUID msp = this.fixtures.org("Managed IT", true);
		TestUser admin = this.fixtures.member(msp, "ORG_ADMIN");

		loginAs(admin.email(), Fixtures.PASSWORD);

		assertThat(this.page.locator("#nav-msp-clients")).isVisible();
		assertThat(this.page.locator("#nav-msp-licensing")).isVisible();
		assertThat(this.page.locator("#nav-msp-organizations")).hasCount(0);
		assertThat(this.page.locator("#nav-admin")).hasCount(0);
	}

	@Test
	void sidebarLinksOpenThePagesOfTheActiveOrg() {
		UUID org = this.fixtures.org("Linked");
		TestUser admin = this.fixtures.member(org, "ORG_ADMIN");
		loginAs(admin.email(), Fixtures.PASSWORD);

		this.page.locator("#nav-controls").click();
		assertThat(this.page).hasURL(Pattern.compile("/orgs/" + org + "/controls$"));
		assertThat(this.page.locator("#nav-controls")).hasClass(Pattern.compile("active"));

		this.page.locator("#nav-scans").click();
		assertThat(this.page).hasURL(Pattern.compile("/orgs/" + org + "/scans$"));
		assertThat(this.page.locator("h1")).containsText("Scans");
		assertNoConsoleErrors();
	}

	@Test
	void userWithoutOrgsGetsAFriendlyEmptyDashboard() {
		TestUser loner = this.fixtures.user("loner");

		loginAs(loner.email(), Fixtures.PASSWORD);

		assertThat(this.page.locator("#dashboard")).containsText("not in any organization");
		assertThat(this.page.locator("#org-switcher")).hasCount(0);
		assertNoConsoleErrors();
	}

	@Test
	void headerSwitcherChangesTheActiveOrg() {
		UUID first = this.fixtures.org("Adatum");
		UUID second = this.fixtures.org("Tailspin");
		TestUser user = this.fixtures.member(first, "ORG_ADMIN");
		this.fixtures.addMember(second, user, "VIEWER");
		loginAs(user.email(), Fixtures.PASSWORD);
		String other = this.page.locator("#dashboard h1").textContent().equals(orgName(first)) ? orgName(second)
				: orgName(first);

		this.page.waitForNavigation(() -> this.page.locator("#org-switcher").selectOption(new SelectOption().setLabel(other)));

		assertThat(this.page.locator("#dashboard h1")).hasText(other);
		assertThat(this.page.locator("#org-switcher option[selected]")).hasText(other);
		assertNoConsoleErrors();
	}

	@Test
	void logsOutFromTheUserMenu() {
		TestUser user = this.fixtures.user("leaver");
		loginAs(user.email(), Fixtures.PASSWORD);

		logout();

		this.page.navigate("/");
		assertThat(this.page).hasURL(Pattern.compile("/login$"));
	}

	@Test
	void unknownPageShowsTheNotFoundPageInTheShell() {
		loginAs(ADMIN_EMAIL, ADMIN_PASSWORD);

		Response response = this.page.navigate("/no-such-page-" + UUID.randomUUID());

		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.locator("#error h1")).hasText("Page not found");
		assertThat(this.page.locator("#nav-dashboard")).isVisible();
		assertNoConsoleErrors();
	}

	private String orgName(UUID orgId) {
		return this.fixtures.admin().get("/api/v1/orgs/" + orgId).json().get("name").asString();
	}

}
