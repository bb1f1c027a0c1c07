package io.tenantry.compliance.web;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tenantry.identity.CurrentUser;
import io.tenantry.test.Api;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/** The compliance pages through the browser security chain (session principal, CSRF), without a browser. */
class CompliancePagesTest extends IntegrationTest {

	@Autowired
	private WebApplicationContext context;

	private MockMvc mvc;

	private UUID orgId;

	private String control;

	@BeforeEach
	void scannedOrg() {
		this.orgId = this.fixtures.org("Pages");
		this.control = "W." + UUID.randomUUID();
		String body = JsonMapper.builder().build().writeValueAsString(Map.of("results", List.of(
				Map.of("controlId", this.control, "title", "Web control", "severity", "CRITICAL", "status", "FAIL"),
				Map.of("controlId", "E8.AC.ML1", "title", "x", "severity", "LOW", "status", "PASS"))));
		Api admin = this.fixtures.admin();
		assertThat(admin.send("POST", "/api/v1/orgs/" + this.orgId + "/scans/import?format=native",
				BodyPublishers.ofString(body), "application/json").status()).isEqualTo(201);
	}

	@Test
	void dashboardPanelShowsScoreAlertsAndFailingControlsAsFragmentForHtmx() throws Exception {
		Browser browser = login(this.fixtures.member(this.orgId, "VIEWER"));

		MockHttpServletResponse panel = browser.get("/orgs/" + this.orgId + "/compliance", true);
		MockHttpServletResponse page = browser.get("/orgs/" + this.orgId + "/compliance", false);

		assertThat(panel.getStatus()).isEqualTo(200);
		assertThat(panel.getContentAsString()).contains("id=\"compliance-score\"", "50.0 %", "id=\"critical-failing\"", this.control)
			.doesNotContain("<html");
		assertThat(page.getContentAsString()).contains("<html", "id=\"compliance-panel\"", "data-url=\"/orgs/" + this.orgId + "/compliance/trend\"");
		MockHttpServletResponse trend = browser.get("/orgs/" + this.orgId + "/compliance/trend", false);
		assertThat(trend.getContentAsString()).contains("\"complianceScore\":50.0");
	}

	@Test
	void controlsPageFiltersAndControlPageOffersOverridesOnlyWithTheCapability() throws Exception {
		Browser viewer = login(this.fixtures.member(this.orgId, "VIEWER"));
		Browser auditor = login(this.fixtures.member(this.orgId, "AUDITOR"));

		String failing = viewer.get("/orgs/" + this.orgId + "/controls?status=FAIL", false).getContentAsString();
		assertThat(failing).contains(this.control).doesNotContain(">E8.AC.ML1<");
		assertThat(viewer.get("/orgs/" + this.orgId + "/controls/" + this.control, false).getContentAsString()).contains("id=\"history\"")
			.doesNotContain("override-form");
		String page = auditor.get("/orgs/" + this.orgId + "/controls/" + this.control, false).getContentAsString();
		assertThat(page).contains("override-form");

		MockHttpServletResponse saved = auditor.post("/orgs/" + this.orgId + "/controls/" + this.control + "/overrides",
				Map.of("status", "PASS", "reason", "Accepted risk", "expiresOn", ""));

		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(auditor.get("/orgs/" + this.orgId + "/controls/" + this.control, false).getContentAsString()).contains("Accepted risk",
				"overridden");
	}

	@Test
	void controlPageOffersEachKindOfWorkOnlyWithItsCapability() throws Exception {
		String viewer = login(this.fixtures.member(this.orgId, "VIEWER")).get(controlPage(), false).getContentAsString();
		String auditor = login(this.fixtures.member(this.orgId, "AUDITOR")).get(controlPage(), false).getContentAsString();
		String admin = login(this.fixtures.member(this.orgId, "ORG_ADMIN")).get(controlPage(), false).getContentAsString();

		assertThat(viewer).contains("id=\"control-work\"")
			.doesNotContain("comment-form", "assign-form", "roadmap-form", "remediate-form");
		assertThat(auditor).contains("comment-form", "assign-form").doesNotContain("roadmap-form", "remediate-form");
		assertThat(admin).contains("comment-form", "assign-form", "roadmap-form", "remediate-form", "name=\"_csrf\"");
	}

	@Test
	void commentSentByHtmxAnswersTheWorkPanelAndARefusalShowsInIt() throws Exception {
		Browser auditor = login(this.fixtures.member(this.orgId, "AUDITOR"));

		MockHttpServletResponse panel = auditor.post(controlPage() + "/comments", Map.of("body", "Waiting on the vendor"), true);
		MockHttpServletResponse refused = auditor.post(controlPage() + "/comments", Map.of("body", " "), true);
		MockHttpServletResponse redirected = auditor.post(controlPage() + "/comments", Map.of("body", "Second"), false);

		assertThat(panel.getStatus()).isEqualTo(200);
		assertThat(panel.getContentAsString()).contains("id=\"control-work\"", "Waiting on the vendor").doesNotContain("<html");
		assertThat(refused.getContentAsString()).contains("id=\"work-error\"", "body must not be blank");
		assertThat(redirected.getStatus()).isEqualTo(302);
		assertThat(redirected.getRedirectedUrl()).isEqualTo(controlPage());
		assertThat(this.fixtures.admin().get("/api/v1" + controlPage() + "/comments").json()).hasSize(2);
		assertThat(auditor.get(controlPage(), true).getContentAsString()).contains("Second").doesNotContain("<html");
	}

	@Test
	void assigneeIsChosenFromTheUsersWhoReadTheOrg() throws Exception {
		TestUser viewer = this.fixtures.member(this.orgId, "VIEWER");
		Browser auditor = login(this.fixtures.member(this.orgId, "AUDITOR"));
		assertThat(auditor.get(controlPage(), false).getContentAsString()).contains("value=\"" + viewer.id() + "\"",
				viewer.email());

		String assigned = auditor.post(controlPage() + "/assignment", Map.of("userId", viewer.id().toString()), true)
			.getContentAsString();
		String cleared = auditor.post(controlPage() + "/assignment", Map.of("userId", ""), true).getContentAsString();

		assertThat(assigned).contains("id=\"assignee\"", viewer.email());
		assertThat(cleared).contains("id=\"no-assignee\"");
		assertThat(login(viewer).post(controlPage() + "/assignment", Map.of("userId", viewer.id().toString()), true)
			.getStatus()).isEqualTo(403);
	}

	@Test
	void roadmapItemsArePlannedOnTheControlPageAndListedOnTheRoadmapPage() throws Exception {
		Browser admin = login(this.fixtures.member(this.orgId, "ORG_ADMIN"));

		String planned = admin.post(controlPage() + "/roadmap",
				Map.of("title", "Block legacy auth", "targetDate", "2026-08-31", "notes", ""), true).getContentAsString();
		String itemId = this.fixtures.admin().get("/api/v1/orgs/" + this.orgId + "/roadmap").json().get(0).get("id").asString();
		String done = admin.post(controlPage() + "/roadmap/" + itemId, Map.of("status", "DONE"), true).getContentAsString();
		String missingDate = admin.post(controlPage() + "/roadmap", Map.of("title", "No date"), true).getContentAsString();

		assertThat(planned).contains("id=\"roadmap-items\"", "Block legacy auth", "2026-08-31");
		assertThat(done).contains(", done");
		assertThat(missingDate).contains("id=\"work-error\"", "targetDate");
		String roadmap = login(this.fixtures.member(this.orgId, "VIEWER")).get("/orgs/" + this.orgId + "/roadmap", false)
			.getContentAsString();
		assertThat(roadmap).contains("id=\"roadmap\"", "Block legacy auth", "DONE", this.control);
		assertThat(login(this.fixtures.user("outsider")).get("/orgs/" + this.orgId + "/roadmap", false).getStatus())
			.isEqualTo(404);
	}

	@Test
	void remediateButtonWithoutAWebhookReturnsToTheControlAndStoresNothing() throws Exception {
		Browser admin = login(this.fixtures.member(this.orgId, "ORG_ADMIN"));
		Browser auditor = login(this.fixtures.member(this.orgId, "AUDITOR"));

		MockHttpServletResponse refused = admin.post(controlPage() + "/remediations", Map.of());

		assertThat(refused.getStatus()).isEqualTo(302);
		assertThat(refused.getRedirectedUrl()).isEqualTo(controlPage());
		assertThat(auditor.post(controlPage() + "/remediations", Map.of()).getStatus()).isEqualTo(403);
		assertThat(this.fixtures.admin().get("/api/v1" + controlPage() + "/remediations").json()).isEmpty();
	}

	@Test
	void scansListAndScanDetailShowTheResults() throws Exception {
		Browser viewer = login(this.fixtures.member(this.orgId, "VIEWER"));

		String list = viewer.get("/orgs/" + this.orgId + "/scans", false).getContentAsString();
		Matcher link = Pattern.compile("/orgs/" + this.orgId + "/scans/([0-9a-f-]{36})").matcher(list);

		assertThat(link.find()).isTrue();
		assertThat(viewer.get(link.group(), false).getContentAsString()).contains("id=\"results\"", this.control, "Web control");
	}

	@Test
	void scansPageImportsAnUploadedFileOnlyForThoseWhoMayImport() throws Exception {
		Browser viewer = login(this.fixtures.member(this.orgId, "VIEWER"));
		Browser admin = login(this.fixtures.member(this.orgId, "ORG_ADMIN"));
		assertThat(viewer.get("/orgs/" + this.orgId + "/scans", false).getContentAsString()).doesNotContain("import-form");
		assertThat(admin.get("/orgs/" + this.orgId + "/scans", false).getContentAsString()).contains("import-form");
		byte[] file = "{\"results\": [{\"controlId\": \"E8.RB.ML1\", \"title\": \"x\", \"severity\": \"LOW\", \"status\": \"PASS\"}]}"
			.getBytes();

		MockHttpServletResponse imported = admin.upload("/orgs/" + this.orgId + "/scans/import", "native", file);
		MockHttpServletResponse refused = viewer.upload("/orgs/" + this.orgId + "/scans/import", "native", file);

		assertThat(imported.getStatus()).isEqualTo(302);
		assertThat(imported.getRedirectedUrl()).startsWith("/orgs/" + this.orgId + "/scans/");
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(this.fixtures.admin().get("/api/v1/orgs/" + this.orgId + "/scans").json()).hasSize(2);
	}

	@Test
	void pagesOfAnOrgTheUserCannotSeeAreNotFound() throws Exception {
		Browser outsider = login(this.fixtures.user("outsider"));

		assertThat(outsider.get("/orgs/" + this.orgId + "/controls", false).getStatus()).isEqualTo(404);
		assertThat(outsider.get("/orgs/" + this.orgId + "/compliance/trend", false).getStatus()).isEqualTo(404);
	}

	@Test
	void clientDashboardPageShowsCardsOrRows() throws Exception {
		UUID msp = this.fixtures.org("MSP", true);
		assertThat(this.fixtures.admin().post("/api/v1/msp/" + msp + "/clients",
				Map.of("clientOrgId", this.orgId.toString(), "tier", "T2")).status()).isEqualTo(201);
		Browser mspAdmin = login(this.fixtures.member(msp, "ORG_ADMIN"));

		String cards = mspAdmin.get("/msp/dashboard?msp=" + msp, false).getContentAsString();
		String rows = mspAdmin.get("/msp/dashboard?msp=" + msp + "&view=rows&tier=T2", false).getContentAsString();

		assertThat(cards).contains("id=\"client-cards\"", "50.0 %", "CURRENT", "/switch-org");
		assertThat(rows).contains("id=\"client-rows\"", "T2");
		assertThat(mspAdmin.get("/msp/dashboard?msp=" + msp + "&stale=true", false).getContentAsString()).contains("No clients to show");
	}

	private String controlPage() {
		return "/orgs/" + this.orgId + "/controls/" + this.control;
	}

	private Browser login(TestUser user) {
		return new Browser(new CurrentUser(user.id(), user.email(), user.email(), false));
	}

	/** A signed-in browser session: requests pass the real security filter chain with CSRF tokens. */
	private final class Browser {

		private final CurrentUser user;

		Browser(CurrentUser user) {
			this.user = user;
		}

		MockHttpServletResponse get(String path, boolean htmx) throws Exception {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path)
				.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
				.with(authentication(new UsernamePasswordAuthenticationToken(this.user, null, List.of())));
			if (htmx) {
				request.header("HX-Request", "true");
			}
			return mvc().perform(request).andReturn().getResponse();
		}

		MockHttpServletResponse post(String path, Map<String, String> fields) throws Exception {
			return post(path, fields, false);
		}

		MockHttpServletResponse post(String path, Map<String, String> fields, boolean htmx) throws Exception {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
				.accept(MediaType.TEXT_HTML)
				.with(csrf())
				.with(authentication(new UsernamePasswordAuthenticationToken(this.user, null, List.of())));
			if (htmx) {
				request.header("HX-Request", "true");
			}
			fields.forEach((name, value) -> request.param(name, value));
			return mvc().perform(request).andReturn().getResponse();
		}

		MockHttpServletResponse upload(String path, String format, byte[] file) throws Exception {
			return mvc().perform(MockMvcRequestBuilders.multipart(path)
				.file(new MockMultipartFile("file", "scan.json", "application/json", file))
				.param("format", format)
				.accept(MediaType.TEXT_HTML)
				.with(csrf())
				.with(authentication(new UsernamePasswordAuthenticationToken(this.user, null, List.of()))))
				.andReturn()
				.getResponse();
		}

	}

	private MockMvc mvc() {
		if (this.mvc == null) {
			this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		}
		return this.mvc;
	}

}
