package io.tenantry.portal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Client admins and viewers find none of the staff pages, not even those of their own org. */
class PortalStaffPagesTest extends PortalTest {

	@Test
	void portalUsersGetNotFoundForEveryStaffPageThatTheMspOpens() {
		String control = this.fixtures.failingControl(this.client, "STAFF");
		String org = "/orgs/" + this.client;
		List<String> pages = List.of(org + "/controls", org + "/scans", org + "/controls/" + control, org + "/roadmap",
				"/audit", org + "/settings/scanning", org + "/portal-users", "/msp/dashboard", "/msp/technicians",
				"/msp/licensing");
		PageSession staff = signedIn(this.mspAdmin);
		staff.get("/");
		staff.submit("/switch-org", Map.of("orgId", this.msp.toString()));
		pages.forEach((page) -> assertThat(staff.get(page).status()).as("MSP admin on " + page).isEqualTo(200));

		for (Person person : List.of(this.clientAdmin, member(this.client, "CLIENT_VIEWER"))) {
			PageSession portalUser = signedIn(person);
			pages.forEach((page) -> assertThat(portalUser.get(page).status()).as(person.email() + " on " + page)
				.isEqualTo(404));
		}
	}

}
