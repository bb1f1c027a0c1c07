package io.tenantry.compliance;

import java.util.HashMap;
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

import static org.assertj.core.api.Assertions.assertThat;

/** Comments, assignments and roadmap items of an org's controls over the API. */
class ControlWorkApiTest extends IntegrationTest {

	private Api admin;

	private UUID orgId;

	private String control;

	@BeforeEach
	void scannedOrg() {
		this.admin = this.fixtures.admin();
		this.orgId = this.fixtures.org("Work");
		this.control = this.fixtures.failingControl(this.orgId, "CW");
	}

	@Test
	void commentsAreAddedByAuditorsAndReadByViewersOldestFirst() {
		TestUser auditorUser = this.fixtures.member(this.orgId, "AUDITOR");
		Api auditor = this.fixtures.login(auditorUser);
		Api viewer = this.fixtures.login(this.fixtures.member(this.orgId, "VIEWER"));

		Response first = auditor.post(controlPath("/comments"), Map.of("body", "  Needs a conditional access policy  "));
		auditor.post(controlPath("/comments"), Map.of("body", "Ticket raised"));

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		JsonNode comment = first.json();
		assertThat(comment.get("body").asString()).isEqualTo("Needs a conditional access policy");
		assertThat(comment.get("controlId").asString()).isEqualTo(this.control);
		assertThat(comment.get("authorId").asString()).isEqualTo(auditorUser.id().toString());
		assertThat(comment.get("authorEmail").asString()).isEqualTo(auditorUser.email());
		assertThat(comment.get("createdAt").asString()).endsWith("Z");
		JsonNode thread = viewer.get(controlPath("/comments")).json();
		assertThat(thread.valueStream().map((c) -> c.get("body").asString()))
			.containsExactly("Needs a conditional access policy", "Ticket raised");
		assertThat(viewer.get(controlPath("")).json().get("comments")).hasSize(2);
		assertThat(viewer.post(controlPath("/comments"), Map.of("body", "me too")).status()).isEqualTo(403);
	}

	@Test
	void commentBodyMustHaveOneToFourThousandCharacters() {
		Response blank = this.admin.post(controlPath("/comments"), Map.of("body", "   "));
		Response tooLong = this.admin.post(controlPath("/comments"), Map.of("body", "x".repeat(4001)));

		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.contentType()).startsWith("application/problem+json");
		assertThat(blank.json().get("code").asString()).isEqualTo("validation_failed");
		assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(this.admin.post(controlPath("/comments"), Map.of("body", "x".repeat(4000))).status()).isEqualTo(201);
		assertThat(this.admin.get(controlPath("/comments")).json()).hasSize(1);
	}

	@Test
	void unknownControlsAndForeignOrgsAreNotFound() {
		String unknown = path("/controls/nope-" + UUID.randomUUID());
		Api outsider = this.fixtures.login(this.fixtures.member(this.fixtures.org("Elsewhere"), "ORG_ADMIN"));

		assertThat(this.admin.post(unknown + "/comments", Map.of("body", "x")).status()).isEqualTo(404);
		assertThat(this.admin.get(unknown + "/comments").status()).isEqualTo(404);
		assertThat(this.admin.put(unknown + "/assignment", Map.of("userId", UUID.randomUUID().toString())).status())
			.isEqualTo(404);
		assertThat(this.admin.post(path("/roadmap"), item("nope-" + UUID.randomUUID(), "Fix", "2026-06-30")).status())
			.isEqualTo(404);
		assertThat(outsider.get(controlPath("/comments")).status()).isEqualTo(404);
		assertThat(outsider.post(controlPath("/comments"), Map.of("body", "x")).status()).isEqualTo(404);
		assertThat(outsider.get(path("/roadmap")).status()).isEqualTo(404);
		assertThat(this.admin.patch(path("/roadmap/" + UUID.randomUUID()), Map.of("status", "DONE")).status())
			.isEqualTo(404);
	}

	@Test
	void controlIsAssignedToAUserWhoReadsTheOrgAndShowsTheAssignee() {
		TestUser viewer = this.fixtures.member(this.orgId, "VIEWER");
		Api auditor = this.fixtures.login(this.fixtures.member(this.orgId, "AUDITOR"));

		Response assigned = auditor.put(controlPath("/assignment"), Map.of("userId", viewer.id().toString()));

		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
		assertThat(assigned.json().get("email").asString()).isEqualTo(viewer.email());
		JsonNode detail = this.admin.get(controlPath("")).json();
		assertThat(detail.get("assignee").get("userId").asString()).isEqualTo(viewer.id().toString());

		assertThat(auditor.delete(controlPath("/assignment")).status()).isEqualTo(204);
		assertThat(this.admin.get(controlPath("")).json().get("assignee").isNull()).isTrue();
		assertThat(auditor.delete(controlPath("/assignment")).status()).isEqualTo(404);
	}

	@Test
	void assigneeWhoCannotReachTheOrgIsRefused() {
		TestUser outsider = this.fixtures.member(this.fixtures.org("Elsewhere"), "ORG_ADMIN");
		TestUser suspended = this.fixtures.member(this.orgId, "VIEWER");
		this.fixtures.suspend(suspended);

		Response foreign = this.admin.put(controlPath("/assignment"), Map.of("userId", outsider.id().toString()));
		Response inactive = this.admin.put(controlPath("/assignment"), Map.of("userId", suspended.id().toString()));
		Response unknown = this.admin.put(controlPath("/assignment"), Map.of("userId", UUID.randomUUID().toString()));

		assertThat(foreign.status()).isEqualTo(422);
		assertThat(foreign.json().get("code").asString()).isEqualTo("assignee_not_eligible");
		assertThat(inactive.status()).isEqualTo(422);
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(this.admin.put(controlPath("/assignment"), Map.of()).status()).isEqualTo(400);
		assertThat(this.admin.get(controlPath("")).json().get("assignee").isNull()).isTrue();
	}

	@Test
	void mspTechnicianGrantedTheClientMayBeAssigned() {
		UUID msp = this.fixtures.org("Work MSP", true);
		this.fixtures.relate(msp, this.orgId, "T2");
		TestUser technician = this.fixtures.member(msp, "SERVICE_PROVIDER");
		TestUser ungranted = this.fixtures.member(msp, "SERVICE_PROVIDER");
		this.fixtures.grantClients(msp, technician.id(), this.orgId);
		Api mspAdmin = this.fixtures.login(this.fixtures.member(msp, "ORG_ADMIN"));

		assertThat(mspAdmin.put(controlPath("/assignment"), Map.of("userId", technician.id().toString())).status())
			.isEqualTo(200);
		assertThat(mspAdmin.put(controlPath("/assignment"), Map.of("userId", ungranted.id().toString())).status())
			.isEqualTo(422);
	}

	@Test
	void roadmapItemIsPlannedDoneAndReopenedWithCompletedAt() {
		Api orgAdmin = this.fixtures.login(this.fixtures.member(this.orgId, "ORG_ADMIN"));
		Response planned = orgAdmin.post(path("/roadmap"), item(this.control, "Enforce MFA", "2026-09-30"));
		assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
		JsonNode item = planned.json();
		assertThat(item.get("status").asString()).isEqualTo("PLANNED");
		assertThat(item.get("targetDate").asString()).isEqualTo("2026-09-30");
		assertThat(item.get("completedAt").isNull()).isTrue();
		String itemPath = path("/roadmap/" + item.get("id").asString());

		JsonNode done = orgAdmin.patch(itemPath, Map.of("status", "DONE")).json();
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("completedAt").isNull()).isFalse();
		Response closed = orgAdmin.patch(itemPath, Map.of("title", "Renamed"));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.json().get("code").asString()).isEqualTo("conflict");
		JsonNode reopened = orgAdmin.patch(itemPath, Map.of("status", "IN_PROGRESS", "targetDate", "2026-12-31",
				"notes", "Pilot group first")).json();
		assertThat(reopened.get("completedAt").isNull()).isTrue();
		assertThat(reopened.get("targetDate").asString()).isEqualTo("2026-12-31");
		assertThat(reopened.get("notes").asString()).isEqualTo("Pilot group first");
		assertThat(reopened.get("title").asString()).isEqualTo("Enforce MFA");

		assertThat(this.admin.get(path("/roadmap")).json()).hasSize(1);
		assertThat(this.admin.get(controlPath("")).json().get("roadmap")).hasSize(1);
		assertThat(orgAdmin.delete(itemPath).status()).isEqualTo(204);
		assertThat(this.admin.get(path("/roadmap")).json()).isEmpty();
		assertThat(orgAdmin.delete(itemPath).status()).isEqualTo(404);
	}

	@Test
	void roadmapIsListedSoonestTargetFirstAndValidated() {
		this.admin.post(path("/roadmap"), item(this.control, "Later", "2027-01-01"));
		this.admin.post(path("/roadmap"), item(this.control, "Sooner", "2026-07-01"));

		assertThat(this.admin.get(path("/roadmap")).json().valueStream().map((i) -> i.get("title").asString()))
			.containsExactly("Sooner", "Later");
		Response noDate = this.admin.post(path("/roadmap"), Map.of("controlId", this.control, "title", "x"));
		assertThat(noDate.status()).isEqualTo(400);
		assertThat(noDate.json().get("errors").get(0).get("field").asString()).isEqualTo("targetDate");
		assertThat(this.admin.post(path("/roadmap"), item(this.control, "x", "someday")).status()).isEqualTo(400);
		Map<String, Object> badStatus = new HashMap<>(item(this.control, "x", "2026-07-01"));
		badStatus.put("status", "SOMETIME");
		assertThat(this.admin.post(path("/roadmap"), badStatus).status()).isEqualTo(400);
		String itemId = this.admin.get(path("/roadmap")).json().get(0).get("id").asString();
		assertThat(this.admin.patch(path("/roadmap/" + itemId), Map.of("title", " ")).status()).isEqualTo(400);
	}

	@Test
	void roadmapsNeedRoadmapManageWhichAuditorsAndT1Lack() {
		UUID msp = this.fixtures.org("Work MSP", true);
		this.fixtures.relate(msp, this.orgId, "T1");
		Api monitor = this.fixtures.login(this.fixtures.member(msp, "ORG_ADMIN"));
		Api auditor = this.fixtures.login(this.fixtures.member(this.orgId, "AUDITOR"));

		assertThat(auditor.post(path("/roadmap"), item(this.control, "x", "2026-07-01")).status()).isEqualTo(403);
		assertThat(monitor.post(path("/roadmap"), item(this.control, "x", "2026-07-01")).status()).isEqualTo(403);
		assertThat(monitor.post(controlPath("/comments"), Map.of("body", "x")).status()).isEqualTo(403);
		assertThat(monitor.get(path("/roadmap")).status()).isEqualTo(200);
		assertThat(this.admin.get(path("/roadmap")).json()).isEmpty();
	}

	@Test
	void everyChangeLeavesOneAuditEntry() {
		TestUser viewer = this.fixtures.member(this.orgId, "VIEWER");
		this.admin.post(controlPath("/comments"), Map.of("body", "Noted"));
		this.admin.put(controlPath("/assignment"), Map.of("userId", viewer.id().toString()));
		this.admin.delete(controlPath("/assignment"));
		String itemId = this.admin.post(path("/roadmap"), item(this.control, "Fix", "2026-07-01")).json().get("id").asString();
		this.admin.patch(path("/roadmap/" + itemId), Map.of("status", "IN_PROGRESS"));
		this.admin.delete(path("/roadmap/" + itemId));

		List<String> actions = this.admin.get(path("/audit?limit=6")).json()
			.valueStream()
			.map((entry) -> entry.get("action").asString() + " " + entry.get("target").asString())
			.toList();

		assertThat(actions).containsExactly("roadmap.deleted " + itemId, "roadmap.updated " + itemId,
				"roadmap.created " + itemId, "assignment.removed " + this.control, "assignment.set " + this.control,
				"comment.created " + this.control);
	}

	private static Map<String, Object> item(String controlId, String title, String targetDate) {
		return Map.of("controlId", controlId, "title", title, "targetDate", targetDate);
	}

	private String controlPath(String rest) {
		return path("/controls/" + this.control + rest);
	}

	private String path(String rest) {
		return "/api/v1/orgs/" + this.orgId + rest;
	}

}
