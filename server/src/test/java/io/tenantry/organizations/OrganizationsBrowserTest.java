package io.tenantry.organizations;

import java.util.UUID;

import io.tenantry.test.BrowserTest;
import io.tenantry.test.Fixtures.TestUser;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class OrganizationsBrowserTest extends BrowserTest {

	@Test
	void superAdminCreatesAnOrgFindsItAndAddsAMember() {
		TestUser auditor = this.fixtures.user("auditor");
		String name = "Woodgrove " + UUID.randomUUID();
		loginAs(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate("/msp/organizations");

		this.page.fill("#new-org-name", name);
		this.page.locator("#create-org").click();
		assertThat(this.page.locator("#org-name")).hasText(name);

		this.page.fill("#org-search", name);
		assertThat(this.page.locator("#org-list a")).hasCount(1);
		assertThat(this.page.locator("#org-list")).containsText(name);

		this.page.fill("#member-email", auditor.email());
		this.page.locator("#member-role").selectOption("AUDITOR");
		this.page.locator("#add-member").click();
		assertThat(this.page.locator("#members tr[data-member-email='" + auditor.email() + "'] .member-role"))
			.hasValue("AUDITOR");
		assertNoConsoleErrors();
	}

}
