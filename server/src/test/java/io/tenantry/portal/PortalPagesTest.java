package io.tenantry.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.portal.PageSession.Page;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PortalPagesTest extends PortalTest {

	@Test
	void portalUsersLandInThePortalAndFindNoOtherPage() {
		PageSession browser = signedIn(this.clientAdmin);

		assertThat(browser.get("/").redirectsTo("/portal")).isTrue();
		assertThat(browser.get("/portal").status()).isEqualTo(200);
		assertThat(browser.get("/msp/change-requests").status()).isEqualTo(404);
		assertThat(browser.get("/msp/clients").status()).isEqualTo(404);
		assertThat(browser.get("/admin/outbox").status()).isEqualTo(404);
		assertThat(browser.get("/controls").status()).isEqualTo(404);
	}

	@Test
	void thePortalCarriesNoTenantryBrandingAndStrictCsp() {
		Page dashboard = signedIn(this.clientAdmin).get("/portal");

		assertThat(dashboard.body()).contains("id=\"portal-dashboard\"").contains("/portal/branding/theme.css")
			.doesNotContain("Tenantry").doesNotContain("style=");
	}

	@Test
	void aPortalUserSeesTheirOwnClientsBrandingWhateverTheHost() {
		String host = brand(this.client, "Fabrikam Secure", "#112233");
		UUID other = this.fixtures.org("Other client");
		String otherHost = brand(other, "Northwind Portal", "#445566");
		String cookie = signedIn(this.clientAdmin).cookieHeader();

		for (String visited : List.of(host, otherHost, "elsewhere.example")) {
			String page = HostRequests.get(baseUrl(), "/portal", visited, cookie);
			assertThat(page).as(visited).contains("Fabrikam Secure").doesNotContain("Northwind Portal")
				.contains("/portal/branding/theme.css?org=" + this.client);
		}
		assertThat(HostRequests.get(baseUrl(), "/portal/branding/theme.css?org=" + this.client, otherHost))
			.contains("#112233");
	}

	@Test
	void theHostChoosesWhichOfTheUsersPortalsOpens() {
		UUID second = this.fixtures.org("Second client");
		String clientHost = brand(this.client, "Fabrikam Secure", "#112233");
		String secondHost = brand(second, "Northwind Portal", "#445566");
		TestUser user = this.fixtures.member(this.client, "CLIENT_VIEWER");
		this.fixtures.addMember(second, user, "CLIENT_ADMIN");
		String cookie = PageSession.signedIn(baseUrl(), user.email(), Fixtures.PASSWORD).cookieHeader();
		String secondName = expect(200, this.admin.get("/api/v1/orgs/" + second)).json().get("name").asString();
		String clientName = expect(200, this.admin.get("/api/v1/orgs/" + this.client)).json().get("name").asString();

		assertThat(HostRequests.get(baseUrl(), "/portal/users", secondHost, cookie)).contains("Northwind Portal")
			.contains(secondName)
			.doesNotContain("Fabrikam Secure")
			.contains("Request change");
		assertThat(HostRequests.get(baseUrl(), "/portal/users", clientHost, cookie)).contains("Fabrikam Secure")
			.contains(clientName)
			.doesNotContain("Northwind Portal")
			.doesNotContain("Request change");
		// Elsewhere the first by name opens: "Client …" before "Second client …".
		assertThat(HostRequests.get(baseUrl(), "/portal/users", "elsewhere.example", cookie)).contains("Fabrikam Secure")
			.contains(clientName);
	}

	/** Brands the org with a new portal host; returns the host. */
	private String brand(UUID orgId, String productName, String colour) {
		String host = "portal-" + UUID.randomUUID().toString().substring(0, 8) + ".client.example";
		expect(200, this.admin.put("/api/v1/orgs/" + orgId + "/branding",
				Map.of("productName", productName, "primaryColor", colour, "portalHost", host)));
		return host;
	}

	@Test
	void hiddenModulesLeaveTheNavigationAndAnswerNotFound() {
		Map<String, Object> modules = new HashMap<>(Map.of("dashboard", true, "scorecard", true, "licences", false,
				"users", true, "security", false, "reports", false));
		expect(200, this.mspAdmin.api().put("/api/v1/orgs/" + this.client + "/portal-settings", Map.of("modules", modules)));
		PageSession browser = signedIn(this.clientAdmin);

		String portal = browser.get("/portal").body();
		assertThat(portal).contains("href=\"/portal/scorecard\"").doesNotContain("href=\"/portal/licences\"")
			.doesNotContain("href=\"/portal/security\"");
		assertThat(browser.get("/portal/licences").status()).isEqualTo(404);
		assertThat(browser.get("/portal/security").status()).isEqualTo(404);
		assertThat(browser.get("/portal/scorecard").status()).isEqualTo(200);
	}

	@Test
	void aClientAdminRequestsAChangeFromTheUsersPageAndTheMspApprovesIt() {
		Person viewer = member(this.client, "CLIENT_VIEWER");
		PageSession client = signedIn(this.clientAdmin);
		Page users = client.get("/portal/users");
		assertThat(users.body()).contains("Request change").contains(viewer.email());

		Page sent = client.submit("/portal/change-requests",
				Map.of("kind", "change-role", "target", viewer.id().toString(), "role", "CLIENT_ADMIN"));

		assertThat(sent.redirectsTo("/portal/users")).isTrue();
		JsonNode request = expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/change-requests")).json().get(0);
		assertThat(request.get("status").asString()).isEqualTo("OPEN");

		PageSession msp = signedIn(this.mspAdmin);
		Page queue = msp.get("/msp/change-requests?status=OPEN");
		assertThat(queue.body()).contains(this.clientAdmin.email()).contains(viewer.email()).contains("change-role");
		Page decided = msp.submit("/msp/change-requests/" + this.client + "/" + request.get("id").asString() + "/approve",
				Map.of("comment", "Done for you"));

		assertThat(decided.redirectsTo("/msp/change-requests")).isTrue();
		assertThat(client.get("/portal/users").body()).contains("DONE").contains("Done for you");
	}

	@Test
	void theLicencePageRaisesARequestAboutTheLicenceAndReturnsToIt() {
		PageSession client = signedIn(this.clientAdmin);
		assertThat(client.get("/portal/licences").body()).contains("id=\"request-licence-change\"")
			.contains("data-target=\"licence\"");

		Page sent = client.submit("/portal/change-requests",
				Map.of("kind", "other", "target", "licence", "text", "Raise the limit to 30 seats", "page", "licences"));

		assertThat(sent.redirectsTo("/portal/licences")).isTrue();
		JsonNode request = expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/change-requests")).json().get(0);
		assertThat(request.get("kind").asString()).isEqualTo("other");
		assertThat(request.get("target").asString()).isEqualTo("licence");
		assertThat(client.get("/portal/licences").status()).isEqualTo(200);
	}

	@Test
	void theSecurityOverviewRaisesARequestAboutAFailingControl() {
		String controlId = this.fixtures.failingControl(this.client, "PORTAL");
		PageSession client = signedIn(this.clientAdmin);
		assertThat(client.get("/portal/security").body()).contains("data-target=\"" + controlId + "\"");

		Page sent = client.submit("/portal/change-requests",
				Map.of("kind", "other", "target", controlId, "text", "Please fix this", "page", "security"));

		assertThat(sent.redirectsTo("/portal/security")).isTrue();
		JsonNode request = expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/change-requests")).json().get(0);
		assertThat(request.get("target").asString()).isEqualTo(controlId);
	}

	@Test
	void aRequestFromAnUnknownPageReturnsToTheUsersPage() {
		Page sent = signedIn(this.clientAdmin).submit("/portal/change-requests",
				Map.of("kind", "other", "text", "Anything", "page", "https://evil.example/"));

		assertThat(sent.redirectsTo("/portal/users")).isTrue();
	}

	@Test
	void theScorecardShowsEssentialEightMaturityByStrategy() {
		this.fixtures.importScan(this.client, "native", """
				{"results": [
				  {"controlId": "E8.AC.ML1", "title": "Application control (Maturity Level 1)", "severity": "HIGH", "status": "PASS"},
				  {"controlId": "E8.AC.ML2", "title": "Application control (Maturity Level 2)", "severity": "MEDIUM", "status": "FAIL"},
				  {"controlId": "E8.PA.ML1", "title": "Patch applications (Maturity Level 1)", "severity": "HIGH", "status": "PASS"},
				  {"controlId": "E8.PA.ML2", "title": "Patch applications (Maturity Level 2)", "severity": "MEDIUM", "status": "PASS"},
				  {"controlId": "E8.PA.ML3", "title": "Patch applications (Maturity Level 3)", "severity": "LOW", "status": "PASS"},
				  {"controlId": "E8.RB.ML1", "title": "Regular backups (Maturity Level 1)", "severity": "HIGH", "status": "FAIL"}
				]}""");

		String scorecard = signedIn(this.clientAdmin).get("/portal/scorecard").body();

		assertThat(scorecard).contains("Essential Eight maturity");
		assertThat(achieved(scorecard, "Application control")).isEqualTo("Maturity Level 1");
		assertThat(achieved(scorecard, "Patch applications")).isEqualTo("Maturity Level 3");
		assertThat(achieved(scorecard, "Regular backups")).isEqualTo("None");
		assertThat(scorecard).doesNotContain("Request change").doesNotContain("Remediate");
	}

	/** The "Achieved" cell of a strategy's row in the scorecard's maturity table. */
	private static String achieved(String page, String strategy) {
		String row = page.substring(page.indexOf(">" + strategy + "</th>"));
		row = row.substring(row.indexOf("maturity-achieved"));
		return row.substring(row.indexOf('>') + 1, row.indexOf("</td>"));
	}

	@Test
	void clientViewersSeeNoRequestButtons() {
		Person viewer = member(this.client, "CLIENT_VIEWER");

		assertThat(signedIn(viewer).get("/portal/users").body()).contains(viewer.email()).doesNotContain("Request change");
	}

	@Test
	void pageViewsAreAudited() {
		signedIn(this.clientAdmin).get("/portal/scorecard");

		JsonNode entries = expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/audit")).json();
		assertThat(entries.valueStream().filter((entry) -> entry.get("action").asString().equals("portal.page.viewed")
				&& entry.get("target").asString().equals("scorecard"))).isNotEmpty();
	}

	@Test
	void portalLoginsAreRecordedInTheChainOfEveryOrgWithAPortalRole() {
		UUID second = this.fixtures.org("Second client");
		TestUser user = this.fixtures.member(this.client, "CLIENT_VIEWER");
		this.fixtures.addMember(second, user, "CLIENT_ADMIN");

		this.fixtures.login(user);
		PageSession.signedIn(baseUrl(), user.email(), Fixtures.PASSWORD);

		for (UUID orgId : List.of(this.client, second)) {
			assertThat(portalLogins(orgId, user)).extracting((entry) -> entry.get("details").get("channel").asString())
				.containsExactly("browser", "api");
		}
	}

	@Test
	void staffLoginsStayOutOfTheClientsChain() {
		signedIn(this.mspAdmin);
		TestUser viewer = this.fixtures.member(this.client, "VIEWER");
		this.fixtures.login(viewer);

		assertThat(portalLogins(this.client, viewer)).isEmpty();
		assertThat(expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/audit")).json().valueStream()
			.filter((entry) -> entry.get("action").asString().equals("portal.login"))
			.map((entry) -> entry.get("actorEmail").asString())).doesNotContain(this.mspAdmin.email());
	}

	private List<JsonNode> portalLogins(UUID orgId, TestUser user) {
		return expect(200, this.admin.get("/api/v1/orgs/" + orgId + "/audit")).json()
			.valueStream()
			.filter((entry) -> entry.get("action").asString().equals("portal.login")
					&& entry.get("actorEmail").asString().equals(user.email())
					&& entry.get("target").asString().equals(user.id().toString()))
			.toList();
	}

}
