package io.tenantry.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeRequestApiTest extends PortalTest {

	@Test
	void approvingAnAddMemberRequestAddsTheMemberAndNothingChangesBefore() {
		String email = "new-" + UUID.randomUUID() + "@example.test";
		JsonNode raised = raise(this.clientAdmin.api(), Map.of("kind", "add-member", "details",
				Map.of("email", email, "role", "CLIENT_VIEWER")));
		assertThat(raised.get("status").asString()).isEqualTo("OPEN");
		assertThat(raised.get("orgId").asString()).isEqualTo(this.client.toString());
		assertThat(raised.get("requestedBy").asString()).isEqualTo(this.clientAdmin.id().toString());
		assertThat(raised.get("details").get("role").asString()).isEqualTo("CLIENT_VIEWER");
		assertThat(memberEmails()).doesNotContain(email);

		JsonNode approved = expect(200, this.mspAdmin.api().post(decision(raised, "approve"), Map.of("comment", "Welcome"))).json();

		assertThat(approved.get("status").asString()).isEqualTo("DONE");
		assertThat(approved.get("comment").asString()).isEqualTo("Welcome");
		assertThat(memberEmails()).contains(email);
	}

	@Test
	void approvingChangesARoleAndRemovesAMember() {
		Person viewer = member(this.client, "CLIENT_VIEWER");
		Person leaver = member(this.client, "CLIENT_VIEWER");
		JsonNode promote = raise(this.clientAdmin.api(), Map.of("kind", "change-role", "target", viewer.id(),
				"details", Map.of("role", "CLIENT_ADMIN")));
		JsonNode remove = raise(this.clientAdmin.api(), Map.of("kind", "remove-member", "target", leaver.id()));

		expect(200, this.mspAdmin.api().post(decision(promote, "approve"), null));
		expect(200, this.mspAdmin.api().post(decision(remove, "approve"), null));

		JsonNode members = expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/members")).json();
		assertThat(members.valueStream().filter((m) -> m.get("userId").asString().equals(viewer.id().toString())))
			.singleElement()
			.satisfies((m) -> assertThat(m.get("role").asString()).isEqualTo("CLIENT_ADMIN"));
		assertThat(memberEmails()).doesNotContain(leaver.email());
	}

	@Test
	void aRejectedRequestChangesNothingAndCannotBeDecidedAgain() {
		String email = "refused-" + UUID.randomUUID() + "@example.test";
		JsonNode raised = raise(this.clientAdmin.api(), Map.of("kind", "add-member", "details",
				Map.of("email", email, "role", "CLIENT_ADMIN")));

		JsonNode rejected = expect(200, this.mspAdmin.api().post(decision(raised, "reject"), Map.of("comment", "No"))).json();

		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(this.mspAdmin.api().post(decision(raised, "approve"), null).status()).isEqualTo(409);
		assertThat(this.mspAdmin.api().post(decision(raised, "reject"), null).status()).isEqualTo(409);
		assertThat(memberEmails()).doesNotContain(email);
	}

	@Test
	void otherRequestsAreApprovedWithoutExecutingAnything() {
		JsonNode raised = raise(this.clientAdmin.api(), Map.of("kind", "other", "details", "Please enable MFA for finance"));
		assertThat(raised.get("details").asString()).isEqualTo("Please enable MFA for finance");

		JsonNode approved = expect(200, this.mspAdmin.api().post(decision(raised, "approve"), null)).json();

		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
	}

	@Test
	void onlyTheMspWithMembersManageDecidesMemberRequests() {
		JsonNode member = raise(this.clientAdmin.api(), Map.of("kind", "add-member", "details",
				Map.of("email", "x-" + UUID.randomUUID() + "@example.test", "role", "CLIENT_VIEWER")));
		JsonNode other = raise(this.clientAdmin.api(), Map.of("kind", "other", "details", "Rename the tenant"));
		Person clientOrgAdmin = member(this.client, "ORG_ADMIN");

		assertThat(this.clientAdmin.api().post(decision(member, "approve"), null).status()).isEqualTo(403);
		assertThat(clientOrgAdmin.api().post(decision(member, "approve"), null).status()).isEqualTo(403);
		changeTier("T2");
		assertThat(this.mspAdmin.api().post(decision(member, "approve"), null).status()).isEqualTo(403);
		assertThat(this.mspAdmin.api().post(decision(other, "approve"), null).status()).isEqualTo(200);
		changeTier("T1");
		assertThat(this.mspAdmin.api().post(decision(member, "reject"), null).status()).isEqualTo(403);
		assertThat(this.admin.post(decision(member, "reject"), null).status()).isEqualTo(200);
	}

	@Test
	void aRefusedMemberChangeLeavesTheRequestOpen() {
		Person existing = member(this.client, "CLIENT_VIEWER");
		JsonNode raised = raise(this.clientAdmin.api(), Map.of("kind", "add-member", "details",
				Map.of("email", existing.email(), "role", "CLIENT_ADMIN")));

		assertThat(this.mspAdmin.api().post(decision(raised, "approve"), null).status()).isEqualTo(409);

		assertThat(statusOf(raised)).isEqualTo("OPEN");
	}

	@Test
	void rejectsMalformedRequests() {
		Api api = this.clientAdmin.api();
		String path = "/api/v1/orgs/" + this.client + "/change-requests";
		assertThat(api.post(path, Map.of("kind", "add-member", "details", Map.of("email", "nope", "role", "VIEWER"))).status()).isEqualTo(400);
		assertThat(api.post(path, Map.of("kind", "add-member", "details", Map.of("email", "a@b.test", "role", "SUPER_ADMIN"))).status()).isEqualTo(400);
		assertThat(api.post(path, Map.of("kind", "remove-member", "target", "not-a-uuid")).status()).isEqualTo(400);
		assertThat(api.post(path, Map.of("kind", "remove-member", "target", UUID.randomUUID())).status()).isEqualTo(422);
		assertThat(api.post(path, Map.of("kind", "other", "details", " ")).status()).isEqualTo(400);
		assertThat(api.post(path, Map.of("kind", "teleport", "details", "x")).status()).isEqualTo(400);
		assertThat(expect(200, api.get(path)).json().size()).isZero();
	}

	@Test
	void clientViewersAndStrangersCannotRaiseRequests() {
		Person viewer = member(this.client, "CLIENT_VIEWER");
		Person stranger = member(this.fixtures.org("Elsewhere"), "ORG_ADMIN");
		Map<String, Object> body = Map.of("kind", "other", "details", "Hello");
		String path = "/api/v1/orgs/" + this.client + "/change-requests";

		assertThat(viewer.api().post(path, body).status()).isEqualTo(403);
		assertThat(stranger.api().post(path, body).status()).isEqualTo(404);
		assertThat(stranger.api().get(path).status()).isEqualTo(404);
	}

	@Test
	void theMspQueueSpansTheClientsTheCallerReachesAndFilters() {
		UUID second = this.fixtures.org("Second client");
		addClient(this.msp, second, "T2");
		Person secondAdmin = member(second, "CLIENT_ADMIN");
		JsonNode first = raise(this.clientAdmin.api(), Map.of("kind", "other", "details", "First"));
		JsonNode other = raise(secondAdmin.api(), second, Map.of("kind", "other", "details", "Second"));
		expect(200, this.mspAdmin.api().post(decision(other, "reject"), null));
		Person technician = member(this.msp, "SERVICE_PROVIDER");
		expect(200, this.mspAdmin.api().put("/api/v1/orgs/" + this.msp + "/members/" + technician.id() + "/client-access",
				Map.of("allClients", false, "clientOrgIds", List.of(second))));
		String queue = "/api/v1/msp/" + this.msp + "/change-requests";

		assertThat(ids(this.mspAdmin.api().get(queue))).containsExactly(id(other), id(first));
		assertThat(ids(this.mspAdmin.api().get(queue + "?status=OPEN"))).containsExactly(id(first));
		assertThat(ids(this.mspAdmin.api().get(queue + "?clientOrgId=" + second))).containsExactly(id(other));
		assertThat(ids(technician.api().get(queue))).containsExactly(id(other));
		assertThat(ids(this.admin.get(queue + "?status=OPEN"))).containsExactly(id(first));
		assertThat(this.clientAdmin.api().get(queue).status()).isEqualTo(404);
		assertThat(this.clientAdmin.api().get("/api/v1/msp/" + this.client + "/change-requests").status()).isEqualTo(404);
	}

	@Test
	void raisingAndDecidingAreAudited() {
		JsonNode raised = raise(this.clientAdmin.api(), Map.of("kind", "other", "details", "Audit me"));
		expect(200, this.mspAdmin.api().post(decision(raised, "reject"), Map.of("comment", "Not now")));

		JsonNode entries = expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/audit")).json();

		List<String> actions = entries.valueStream()
			.filter((entry) -> id(raised).equals(entry.get("target").asString()))
			.map((entry) -> entry.get("action").asString())
			.toList();
		assertThat(actions).contains("changerequest.raised", "changerequest.rejected");
	}

	private JsonNode raise(Api api, Map<String, Object> body) {
		return raise(api, this.client, body);
	}

	private JsonNode raise(Api api, UUID orgId, Map<String, Object> body) {
		return expect(201, api.post("/api/v1/orgs/" + orgId + "/change-requests", body)).json();
	}

	private String decision(JsonNode request, String verb) {
		return "/api/v1/orgs/" + request.get("orgId").asString() + "/change-requests/" + id(request) + "/" + verb;
	}

	private String statusOf(JsonNode request) {
		return expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/change-requests")).json()
			.valueStream()
			.filter((r) -> id(r).equals(id(request)))
			.findFirst()
			.orElseThrow()
			.get("status")
			.asString();
	}

	private List<String> memberEmails() {
		return expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/members")).json()
			.valueStream()
			.map((member) -> member.get("email").asString())
			.toList();
	}

	private static String id(JsonNode request) {
		return request.get("id").asString();
	}

	private static List<String> ids(Api.Response response) {
		return expect(200, response).json().valueStream().map(ChangeRequestApiTest::id).toList();
	}

}
