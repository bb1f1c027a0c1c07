package io.tenantry.portal;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the portal's dashboard, licence and security pages show of the client's scan, people and licence. */
class PortalContentTest extends PortalTest {

	private final String critical = "CRIT." + UUID.randomUUID();

	private final String medium = "MED." + UUID.randomUUID();

	@BeforeEach
	void scannedClientWithThreeUsers() {
		this.fixtures.importScan(this.client, "native", """
				{"results": [
				  {"controlId": "E8.AC.ML1", "title": "x", "severity": "HIGH", "status": "PASS"},
				  {"controlId": "E8.PA.ML1", "title": "x", "severity": "HIGH", "status": "FAIL"},
				  {"controlId": "%s", "title": "Critical one", "severity": "CRITICAL", "status": "FAIL"},
				  {"controlId": "%s", "title": "Medium one", "severity": "MEDIUM", "status": "FAIL"},
				  {"controlId": "PASS.%s", "title": "Passing one", "severity": "LOW", "status": "PASS"}
				]}""".formatted(this.critical, this.medium, UUID.randomUUID()));
		member(this.client, "CLIENT_VIEWER");
		member(this.client, "CLIENT_VIEWER");
	}

	@Test
	void theDashboardShowsScoresPerFrameworkOpenAlertsUsersAndTheLicence() {
		license("custom", 10);

		String dashboard = signedIn(this.clientAdmin).get("/portal").body();

		assertThat(text(dashboard, "score")).isEqualTo("40.0%");
		assertThat(frameworkScore(dashboard, "essential-eight")).isEqualTo("50.0%");
		assertThat(frameworkScore(dashboard, "custom")).isEqualTo("33.3%");
		assertThat(text(dashboard, "alerts")).isEqualTo("2");
		assertThat(dashboard).contains("1 critical, 1 high");
		assertThat(text(dashboard, "user-count")).isEqualTo("3");
		assertThat(text(dashboard, "licence")).isEqualTo("3 of 10 seats");
		assertThat(dashboard).contains(">custom<");
	}

	@Test
	void theLicencePageShowsSeatsUsedTheLimitAndTheType() {
		license("custom", 10);

		String licences = signedIn(this.clientAdmin).get("/portal/licences").body();

		assertThat(text(licences, "seats-used")).isEqualTo("3");
		assertThat(text(licences, "seat-limit")).isEqualTo("10");
		assertThat(licences).contains("<dd class=\"col-sm-9\">custom</dd>").doesNotContain("More users than licensed seats");
	}

	@Test
	void theLicencePageWarnsWhenMoreUsersThanSeats() {
		license("per-user-all-features", 2);

		String licences = signedIn(this.clientAdmin).get("/portal/licences").body();

		assertThat(text(licences, "seats-used")).isEqualTo("3");
		assertThat(text(licences, "seat-limit")).isEqualTo("2");
		assertThat(licences).contains("<dd class=\"col-sm-9\">per-user-all-features</dd>")
			.contains("More users than licensed seats");
	}

	@Test
	void theSecurityOverviewListsCriticalAndHighFailingControlsOnly() {
		String security = signedIn(this.clientAdmin).get("/portal/security").body();

		assertThat(security).contains("<td>" + this.critical + "</td>", "<td>E8.PA.ML1</td>")
			.doesNotContain(this.medium)
			.doesNotContain("<td>E8.AC.ML1</td>");
	}

	private void license(String type, int seats) {
		expect(200, this.mspAdmin.api().put("/api/v1/msp/" + this.msp + "/licensing/" + this.client,
				Map.of("licenseType", type, "seatLimit", seats)));
	}

	/** The text of the element with the id. */
	private static String text(String page, String id) {
		String rest = page.substring(page.indexOf("id=\"" + id + "\""));
		return rest.substring(rest.indexOf('>') + 1, rest.indexOf('<')).strip();
	}

	/** The score cell of a framework's row on the dashboard. */
	private static String frameworkScore(String page, String framework) {
		var row = Pattern.compile("<td>" + Pattern.quote(framework) + "</td>\\s*<td class=\"text-end\">([^<]*)</td>")
			.matcher(page);
		assertThat(row.find()).as("a row for " + framework).isTrue();
		return row.group(1);
	}

}
