package io.tenantry.compliance;

import java.util.UUID;

import io.tenantry.test.Browser;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A control's history across scans, newest first, in the API and on the control's page. */
class ControlHistoryTest extends IntegrationTest {

	@Test
	void eachScanOfAControlIsInItsHistoryNewestFirstWithItsStatus() {
		UUID orgId = this.fixtures.org("History");
		String control = "HIST." + UUID.randomUUID();
		UUID failed = this.fixtures.importScan(orgId, "native", scan(control, "FAIL"));
		UUID passed = this.fixtures.importScan(orgId, "native", scan(control, "PASS"));

		JsonNode history = this.fixtures.admin().get("/api/v1/orgs/" + orgId + "/controls/" + control).json().get("history");

		assertThat(history.valueStream().map((entry) -> entry.get("scanId").asString() + " " + entry.get("status").asString()))
			.containsExactly(passed + " PASS", failed + " FAIL");

		TestUser viewer = this.fixtures.member(orgId, "VIEWER");
		Browser browser = browser();
		browser.login(viewer.email(), Fixtures.PASSWORD);
		String page = browser.get("/orgs/" + orgId + "/controls/" + control).body();
		String table = page.substring(page.indexOf("id=\"history\""), page.indexOf("</table>", page.indexOf("id=\"history\"")));
		String[] rows = table.split("<tr>");
		assertThat(rows).as("the header and two scans").hasSize(4);
		assertThat(rows[2]).contains("/orgs/" + orgId + "/scans/" + passed).contains(">PASS<");
		assertThat(rows[3]).contains("/orgs/" + orgId + "/scans/" + failed).contains(">FAIL<");
	}

	private static String scan(String control, String status) {
		return """
				{"results": [{"controlId": "%s", "title": "Changing", "severity": "HIGH", "status": "%s"}]}"""
			.formatted(control, status);
	}

}
