package io.tenantry.compliance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceApiTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Api admin;

	private String orgId;

	@BeforeEach
	void createOrg() {
		this.admin = this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.orgId = createOrg("Contoso");
	}

	@Test
	void importedScanIsStoredWithScoreAndCounts() {
		Response created = importNative(this.orgId, List.of(result("A." + UUID.randomUUID(), "HIGH", "PASS"),
				result("B." + UUID.randomUUID(), "HIGH", "PASS"), result("C." + UUID.randomUUID(), "LOW", "PASS"),
				result("D." + UUID.randomUUID(), "CRITICAL", "FAIL"), result("E." + UUID.randomUUID(), "LOW", "MANUAL")));

		assertThat(created.status()).isEqualTo(201);
		JsonNode scan = created.json();
		assertThat(scan.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(scan.get("source").asString()).isEqualTo("IMPORT");
		assertThat(scan.get("format").asString()).isEqualTo("native");
		assertThat(scan.get("startedAt").asString()).isEqualTo("2026-01-02T03:04:05Z");
		assertThat(scan.get("passed").asInt()).isEqualTo(3);
		assertThat(scan.get("failed").asInt()).isEqualTo(1);
		assertThat(scan.get("complianceScore").asDouble()).isEqualTo(75.0);

		JsonNode detail = this.admin.get(path("/scans/" + scan.get("id").asString())).json();
		assertThat(detail.get("results")).hasSize(5);
		assertThat(detail.get("results").get(0).get("resource").asString()).isEqualTo("tenant.example");
	}

	@Test
	void controlRollsUpFindingsFailFirst() {
		String control = "R." + UUID.randomUUID();
		importNative(this.orgId, List.of(result(control, "HIGH", "PASS"), result(control, "HIGH", "FAIL"),
				result(control, "HIGH", "ERROR")));

		assertThat(controls().get(0).get("status").asString()).isEqualTo("FAIL");
		JsonNode summary = summary();
		assertThat(summary.get("complianceScore").asDouble()).isZero();
		assertThat(summary.get("highFailing").asInt()).isEqualTo(1);
	}

	@Test
	void scansAreListedNewestFirst() {
		String first = importNative(this.orgId, List.of(result("S." + UUID.randomUUID(), "LOW", "PASS"))).json()
			.get("id")
			.asString();
		String second = importNative(this.orgId, List.of(result("S." + UUID.randomUUID(), "LOW", "FAIL"))).json()
			.get("id")
			.asString();

		List<String> ids = this.admin.get(path("/scans")).json().valueStream().map((s) -> s.get("id").asString()).toList();

		assertThat(ids).containsExactly(second, first);
	}

	@Test
	void catalogueControlsKeepTheirShippedTitleAndSeverity() {
		importNative(this.orgId, List.of(result("E8.MFA.ML1", "LOW", "FAIL"), result("MS.AAD.1.1v1", "LOW", "PASS")));

		Map<String, JsonNode> byId = new java.util.HashMap<>();
		controls().valueStream().forEach((c) -> byId.put(c.get("controlId").asString(), c));
		assertThat(byId.get("E8.MFA.ML1").get("severity").asString()).isEqualTo("HIGH");
		assertThat(byId.get("E8.MFA.ML1").get("framework").asString()).isEqualTo("essential-eight");
		assertThat(byId.get("MS.AAD.1.1v1").get("title").asString()).isEqualTo("Legacy authentication SHALL be blocked.");
		assertThat(summary().get("highFailing").asInt()).isEqualTo(1);
	}

	@Test
	void importOwnedControlsTakeTheLatestFilesTitleAndSeverityAndEachScanKeepsItsOwn() {
		String control = "U." + UUID.randomUUID();
		String first = importNative(this.orgId, List.of(result(control, "LOW", "FAIL"))).json().get("id").asString();
		importNative(this.orgId, List.of(Map.of("controlId", control, "title", "Renamed " + control, "severity",
				"CRITICAL", "status", "FAIL")));

		assertShown(this.orgId, control, "Renamed " + control, "CRITICAL");
		assertThat(summary().get("criticalFailing").asInt()).isEqualTo(1);
		JsonNode earlier = this.admin.get(path("/scans/" + first)).json().get("results").get(0);
		assertThat(earlier.get("title").asString()).isEqualTo("Control " + control);
		assertThat(earlier.get("severity").asString()).isEqualTo("LOW");
	}

	/**
	 * Control ids of the frameworks imports define are shared by every org (custom ids, Prowler
	 * checks): another org's file with other text and severity changes nothing this org sees.
	 */
	@Test
	void anotherOrgsFileOfTheSameControlChangesNeitherItsTitleNorItsSeverityHere() {
		String control = "SHARED." + UUID.randomUUID();
		String other = createOrg("Fabrikam");
		String scan = importNative(this.orgId, List.of(result(control, "CRITICAL", "FAIL"))).json().get("id").asString();

		Response theirs = importNative(other, List.of(Map.of("controlId", control, "title", "Fabrikam's own wording",
				"severity", "LOW", "status", "FAIL")));

		assertThat(theirs.status()).isEqualTo(201);
		assertShown(this.orgId, control, "Control " + control, "CRITICAL");
		assertThat(summary().get("criticalFailing").asInt()).isEqualTo(1);
		JsonNode result = this.admin.get(path("/scans/" + scan)).json().get("results").get(0);
		assertThat(result.get("title").asString()).isEqualTo("Control " + control);
		assertShown(other, control, "Fabrikam's own wording", "LOW");
	}

	/**
	 * A control id another org's custom control took first is still defined by this org's own file
	 * of another import-owned framework, on the list and on the control's page once a later scan
	 * no longer holds it.
	 */
	@Test
	void aControlIdAnotherOrgTookFirstIsDefinedByThisOrgsFileEvenAfterALaterScanDropsIt() {
		String check = "iam_check_" + UUID.randomUUID().toString().replace("-", "_");
		String other = createOrg("Fabrikam");
		importNative(other, List.of(Map.of("controlId", check, "title", "Fabrikam's own wording", "severity", "INFO",
				"status", "FAIL")));
		String prowler = "[{\"class_uid\": 2004, \"metadata\": {\"event_code\": \"" + check + "\", \"product\": "
				+ "{\"name\": \"Prowler\"}}, \"finding_info\": {\"title\": \"Prowler's wording\"}, \"status_code\": \"FAIL\", "
				+ "\"severity\": \"Critical\"}]";

		Response imported = this.admin.send("POST", path("/scans/import?format=prowler-ocsf"),
				java.net.http.HttpRequest.BodyPublishers.ofString(prowler), "application/json");

		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		assertShown(this.orgId, check, "Prowler's wording", "CRITICAL");
		assertThat(summary().get("criticalFailing").asInt()).isEqualTo(1);
		importNative(this.orgId, List.of(result("LATER." + UUID.randomUUID(), "LOW", "PASS")));
		JsonNode page = this.admin.get(path("/controls/" + check)).json();
		assertThat(page.get("title").asString()).isEqualTo("Prowler's wording");
		assertThat(page.get("severity").asString()).isEqualTo("CRITICAL");
	}

	/** A custom control id only another org's scans hold is unknown here: no page, no work on it. */
	@Test
	void anotherOrgsCustomControlIsNotFoundHere() {
		String control = "THEIRS." + UUID.randomUUID();
		importNative(createOrg("Fabrikam"), List.of(result(control, "HIGH", "FAIL")));

		assertThat(this.admin.get(path("/controls/" + control)).status()).isEqualTo(404);
		assertThat(this.admin.post(path("/overrides"), Map.of("controlId", control, "status", "PASS", "reason", "Accepted"))
			.status()).isEqualTo(404);
		assertThat(this.admin.post(path("/controls/" + control + "/comments"), Map.of("body", "Seen elsewhere")).status())
			.isEqualTo(404);
		importNative(this.orgId, List.of(result(control, "HIGH", "FAIL")));
		assertThat(this.admin.get(path("/controls/" + control)).status()).isEqualTo(200);
	}

	/** The org's controls list and control page show the control with this title and severity. */
	private void assertShown(String org, String controlId, String title, String severity) {
		String controls = "/api/v1/orgs/" + org + "/controls";
		for (JsonNode shown : List.of(control(this.admin.get(controls).json(), controlId),
				this.admin.get(controls + "/" + controlId).json())) {
			assertThat(shown.get("title").asString()).isEqualTo(title);
			assertThat(shown.get("severity").asString()).isEqualTo(severity);
		}
	}

	@Test
	void overrideChangesEffectiveStatusScoreAndAlerts() {
		String control = "O." + UUID.randomUUID();
		importNative(this.orgId, List.of(result(control, "CRITICAL", "FAIL"), result("P." + UUID.randomUUID(), "LOW", "PASS")));
		assertThat(summary().get("criticalFailing").asInt()).isEqualTo(1);

		Response override = this.admin.post(path("/overrides"), Map.of("controlId", control, "status", "PASS",
				"reason", "Compensating control in place", "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()));

		assertThat(override.status()).isEqualTo(201);
		assertThat(override.json().get("createdBy").asString()).isEqualTo(ADMIN_EMAIL);
		JsonNode overridden = controls().valueStream()
			.filter((c) -> c.get("controlId").asString().equals(control))
			.findFirst()
			.get();
		assertThat(overridden.get("status").asString()).isEqualTo("PASS");
		assertThat(overridden.get("overridden").asBoolean()).isTrue();
		assertThat(summary().get("complianceScore").asDouble()).isEqualTo(100.0);
		assertThat(summary().get("criticalFailing").asInt()).isZero();
		assertThat(this.admin.get(path("/controls/" + control)).json().get("overrides")).hasSize(1);
	}

	@Test
	void importsAndOverridesAreAudited() {
		String control = "Q." + UUID.randomUUID();
		String scanId = importNative(this.orgId, List.of(result(control, "HIGH", "FAIL"))).json().get("id").asString();
		this.admin.post(path("/overrides"), Map.of("controlId", control, "status", "NOT_APPLICABLE", "reason", "Out of scope"));

		JsonNode audit = this.admin.get(path("/audit")).json();

		assertThat(audit.valueStream().map((entry) -> entry.get("action").asString() + " " + entry.get("target").asString()))
			.contains("scan.imported " + scanId, "override.created " + control);
	}

	@Test
	void overrideOfUnknownControlOrPastExpiryIsRejected() {
		assertThat(this.admin.post(path("/overrides"), Map.of("controlId", "nope-" + UUID.randomUUID(), "status", "PASS",
				"reason", "x")).status()).isEqualTo(404);
		Response past = this.admin.post(path("/overrides"), Map.of("controlId", "E8.RB.ML1", "status", "PASS", "reason",
				"x", "expiresAt", "2020-01-01T00:00:00Z"));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresAt");
		assertThat(this.admin.post(path("/overrides"), Map.of("controlId", "E8.RB.ML1", "status", "SOMETIMES",
				"reason", "x")).status()).isEqualTo(400);
	}

	@Test
	void controlsCanBeFiltered() {
		importNative(this.orgId, List.of(result("F." + UUID.randomUUID(), "HIGH", "FAIL"),
				result("G." + UUID.randomUUID(), "LOW", "FAIL"), result("H." + UUID.randomUUID(), "HIGH", "PASS")));

		assertThat(this.admin.get(path("/controls?severity=HIGH&status=FAIL")).json()).hasSize(1);
		assertThat(this.admin.get(path("/controls?framework=custom")).json()).hasSize(3);
		assertThat(this.admin.get(path("/controls?severity=URGENT")).status()).isEqualTo(400);
	}

	@Test
	void orgWithoutScanHasNeverAndNoScore() {
		JsonNode summary = summary();

		assertThat(summary.get("scanStatus").asString()).isEqualTo("NEVER");
		assertThat(summary.get("complianceScore").isNull()).isTrue();
		assertThat(controls()).isEmpty();
	}

	@Test
	void clientDashboardShowsTheMspsClientsWithScoreScanStatusAndAlerts() {
		String msp = this.fixtures.org("MSP", true).toString();
		String never = createOrg("Never");
		String unrelated = createOrg("Unrelated");
		addClient(msp, this.orgId, "T2");
		addClient(msp, never, "T1");
		importNative(this.orgId, List.of(result("K." + UUID.randomUUID(), "HIGH", "FAIL"),
				result("L." + UUID.randomUUID(), "HIGH", "PASS")));

		JsonNode clients = this.admin.get("/api/v1/msp/" + msp + "/dashboard").json().get("clients");

		assertThat(clients.valueStream().map((c) -> c.get("orgId").asString())).containsExactly(this.orgId, never)
			.doesNotContain(unrelated);
		JsonNode scanned = find(clients, this.orgId);
		assertThat(scanned.get("complianceScore").asDouble()).isEqualTo(50.0);
		assertThat(scanned.get("scanStatus").asString()).isEqualTo("CURRENT");
		assertThat(scanned.get("tier").asString()).isEqualTo("T2");
		assertThat(scanned.get("highFailing").asInt()).isEqualTo(1);
		assertThat(scanned.get("criticalFailing").asInt()).isZero();
		assertThat(scanned.get("lastScanAt").isNull()).isFalse();
		JsonNode unscanned = find(clients, never);
		assertThat(unscanned.get("scanStatus").asString()).isEqualTo("NEVER");
		assertThat(unscanned.get("complianceScore").isNull()).isTrue();
	}

	@Test
	void technicianSeesOnlyTheClientsGrantedToIt() {
		UUID msp = this.fixtures.org("MSP", true);
		String granted = createOrg("Granted");
		addClient(msp.toString(), granted, "T1");
		addClient(msp.toString(), this.orgId, "T1");
		TestUser technician = this.fixtures.member(msp, "SERVICE_PROVIDER");
		Api tech = this.fixtures.login(technician);
		assertThat(tech.get("/api/v1/msp/" + msp + "/dashboard").json().get("clients")).isEmpty();

		this.admin.put("/api/v1/orgs/" + msp + "/members/" + technician.id() + "/client-access",
				Map.of("allClients", false, "clientOrgIds", List.of(granted), "excludedClientOrgIds", List.of()));

		JsonNode clients = tech.get("/api/v1/msp/" + msp + "/dashboard").json().get("clients");
		assertThat(clients.valueStream().map((c) -> c.get("orgId").asString())).containsExactly(granted);
	}

	@Test
	void mspOrgAdminSeesEveryClientUntilItIsArchived() {
		UUID msp = this.fixtures.org("MSP", true);
		String archived = createOrg("Archived");
		addClient(msp.toString(), this.orgId, "T3");
		addClient(msp.toString(), archived, "T1");
		Api mspAdmin = this.fixtures.login(this.fixtures.member(msp, "ORG_ADMIN"));
		String dashboard = "/api/v1/msp/" + msp + "/dashboard";
		assertThat(mspAdmin.get(dashboard).json().get("clients").valueStream().map((c) -> c.get("orgId").asString()))
			.containsExactlyInAnyOrder(this.orgId, archived);

		this.fixtures.archive(UUID.fromString(archived));

		JsonNode clients = mspAdmin.get(dashboard).json().get("clients");
		assertThat(clients.valueStream().map((c) -> c.get("orgId").asString())).containsExactly(this.orgId);
		assertThat(find(clients, this.orgId).get("tier").asString()).isEqualTo("T3");
	}

	@Test
	void anOrgWithoutTheMspPortalHasNoClientDashboard() {
		assertThat(this.admin.get("/api/v1/msp/" + this.orgId + "/dashboard").status()).isEqualTo(404);
	}

	@Test
	void capabilitiesDecideWhoReadsImportsAndOverrides() {
		Api viewer = this.fixtures.login(this.fixtures.member(UUID.fromString(this.orgId), "VIEWER"));
		Api auditor = this.fixtures.login(this.fixtures.member(UUID.fromString(this.orgId), "AUDITOR"));
		Api outsider = this.fixtures.login(this.fixtures.user("outsider"));
		importNative(this.orgId, List.of(result("V." + UUID.randomUUID(), "LOW", "FAIL")));
		Map<String, String> override = Map.of("controlId", "E8.PA.ML2", "status", "PASS", "reason", "Patched");

		assertThat(viewer.get(path("/controls")).status()).isEqualTo(200);
		assertThat(viewer.get(path("/scans")).status()).isEqualTo(200);
		assertThat(viewer.post(path("/overrides"), override).status()).isEqualTo(403);
		assertThat(importNative(viewer, this.orgId, List.of(result("V2", "LOW", "PASS"))).status()).isEqualTo(403);
		assertThat(auditor.post(path("/overrides"), override).status()).isEqualTo(201);
		assertThat(importNative(auditor, this.orgId, List.of(result("V3", "LOW", "PASS"))).status()).isEqualTo(403);
		assertThat(outsider.get(path("/controls")).status()).isEqualTo(404);
		assertThat(outsider.get(path("/scans")).status()).isEqualTo(404);
		assertThat(importNative(outsider, this.orgId, List.of(result("V4", "LOW", "PASS"))).status()).isEqualTo(404);
		assertThat(this.admin.get(path("/scans")).json()).hasSize(1);
	}

	private void addClient(String msp, String client, String tier) {
		Response added = this.admin.post("/api/v1/msp/" + msp + "/clients", Map.of("clientOrgId", client, "tier", tier));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
	}

	@Test
	void unknownOrgIsNotFoundEverywhere() {
		String other = "/api/v1/orgs/" + UUID.randomUUID();
		assertThat(this.admin.get(other + "/controls").status()).isEqualTo(404);
		assertThat(this.admin.get(other + "/scans").status()).isEqualTo(404);
		assertThat(this.admin.get(path("/scans/" + UUID.randomUUID())).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/msp/" + UUID.randomUUID() + "/dashboard").status()).isEqualTo(404);
		assertThat(this.api.get(path("/controls")).status()).isEqualTo(401);
	}

	private JsonNode find(JsonNode clients, String orgId) {
		return clients.valueStream().filter((c) -> c.get("orgId").asString().equals(orgId)).findFirst().orElseThrow();
	}

	private String createOrg(String name) {
		return this.admin.post("/api/v1/orgs", Map.of("name", name + " " + UUID.randomUUID())).json().get("id").asString();
	}

	private Response importNative(String orgId, List<Map<String, String>> results) {
		return importNative(this.admin, orgId, results);
	}

	private Response importNative(Api as, String orgId, List<Map<String, String>> results) {
		String body = JSON.writeValueAsString(Map.of("scannedAt", "2026-01-02T03:04:05Z", "results", results));
		return as.send("POST", "/api/v1/orgs/" + orgId + "/scans/import?format=native",
				java.net.http.HttpRequest.BodyPublishers.ofString(body), "application/json");
	}

	private static Map<String, String> result(String controlId, String severity, String status) {
		return Map.of("controlId", controlId, "title", "Control " + controlId, "severity", severity, "status", status,
				"resource", "tenant.example");
	}

	private static JsonNode control(JsonNode controls, String controlId) {
		return controls.valueStream().filter((c) -> c.get("controlId").asString().equals(controlId)).findFirst().orElseThrow();
	}

	private JsonNode controls() {
		return this.admin.get(path("/controls")).json();
	}

	private JsonNode summary() {
		return this.admin.get(path("/compliance/summary")).json();
	}

	private String path(String rest) {
		return "/api/v1/orgs/" + this.orgId + rest;
	}

}
