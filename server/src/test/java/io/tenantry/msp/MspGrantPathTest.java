package io.tenantry.msp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MspGrantPathTest extends MspTest {

	@Test
	void mspAdminReachesEveryClientAtItsTier() {
		String msp = mspOrg();
		String monitored = clientOrg();
		String managed = clientOrg();
		addClient(msp, monitored, "T1");
		addClient(msp, managed, "T3");
		Person mspAdmin = member(msp, "ORG_ADMIN");

		assertThat(entry(mspAdmin.api(), monitored)).hasValueSatisfying((org) -> {
			assertThat(org.get("via").asString()).isEqualTo("MSP");
			assertThat(org.get("tier").asString()).isEqualTo("T1");
			assertThat(org.get("role").asString()).isEqualTo("AUDITOR");
			assertThat(capabilities(org)).containsExactly("compliance:read");
		});
		assertThat(entry(mspAdmin.api(), managed)).hasValueSatisfying(
				(org) -> assertThat(capabilities(org)).contains("members:manage", "settings:manage").doesNotContain("msp:manage"));
		assertThat(mspAdmin.api().get("/api/v1/orgs/" + managed).status()).isEqualTo(200);
	}

	@Test
	void aTechnicianReachesNoClientByDefault() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T2");
		Person technician = member(msp, "SERVICE_PROVIDER");

		assertReachesNoClient(msp, client, technician);
	}

	@Test
	void aTechnicianReachesOnlyTheListedClients() {
		String msp = mspOrg();
		String granted = clientOrg();
		String other = clientOrg();
		addClient(msp, granted, "T2");
		addClient(msp, other, "T2");
		Person mspAdmin = member(msp, "ORG_ADMIN");
		Person technician = member(msp, "SERVICE_PROVIDER");

		Response set = mspAdmin.api().put(access(msp, technician.id()), Map.of("allClients", false, "clientOrgIds", List.of(granted)));

		assertThat(set.status()).isEqualTo(200);
		assertThat(entry(technician.api(), granted)).hasValueSatisfying((org) -> assertThat(org.get("tier").asString()).isEqualTo("T2"));
		assertThat(entry(technician.api(), other)).isEmpty();
		assertThat(technician.api().get("/api/v1/orgs/" + other).status()).isEqualTo(404);
	}

	@Test
	void allClientsButBlockedReachesClientsAddedLater() {
		String msp = mspOrg();
		String blocked = clientOrg();
		addClient(msp, blocked, "T1");
		Person technician = member(msp, "SERVICE_PROVIDER");
		this.admin.put(access(msp, technician.id()), Map.of("allClients", true, "excludedClientOrgIds", List.of(blocked)));
		String later = clientOrg();
		addClient(msp, later, "T1");

		assertThat(entry(technician.api(), later)).isPresent();
		assertThat(entry(technician.api(), blocked)).isEmpty();
		Response read = this.admin.get(access(msp, technician.id()));
		assertThat(read.json().get("excludedClientOrgIds").valueStream().map(JsonNode::asString)).containsExactly(blocked);
	}

	@Test
	void onlyMspManagersSetClientAccess() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T3");
		Person technician = member(msp, "SERVICE_PROVIDER");

		Response self = technician.api().put(access(msp, technician.id()), Map.of("allClients", true));

		assertThat(self.status()).isEqualTo(403);
		assertThat(entry(technician.api(), client)).isEmpty();
	}

	@Test
	void clientAccessNamesOnlyClientsOfTheMsp() {
		String msp = mspOrg();
		Person technician = member(msp, "SERVICE_PROVIDER");

		Response response = this.admin.put(access(msp, technician.id()), Map.of("allClients", false, "clientOrgIds", List.of(clientOrg())));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("not_a_client");
	}

	@Test
	void excludedClientsNeedAllClients() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T1");
		Person technician = member(msp, "SERVICE_PROVIDER");

		Response response = this.admin.put(access(msp, technician.id()), Map.of("allClients", false, "excludedClientOrgIds", List.of(client)));

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void clientAccessIsForTechniciansOnly() {
		String msp = mspOrg();
		Person viewer = member(msp, "VIEWER");

		assertThat(this.admin.put(access(msp, viewer.id()), Map.of("allClients", true)).status()).isEqualTo(422);
		assertThat(this.admin.get(access(msp, java.util.UUID.randomUUID().toString())).status()).isEqualTo(404);
	}

	@Test
	void aTierChangeAppliesToTheNextRequest() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T3");
		Person mspAdmin = member(msp, "ORG_ADMIN");
		assertThat(entry(mspAdmin.api(), client)).hasValueSatisfying((org) -> assertThat(capabilities(org)).contains("members:manage"));

		this.admin.patch(MspClientsApiTest.clients(msp) + "/" + client, Map.of("tier", "T1"));

		assertThat(entry(mspAdmin.api(), client)).hasValueSatisfying((org) -> assertThat(capabilities(org)).containsExactly("compliance:read"));
	}

	@Test
	void anArchivedMspOrClientGrantsNothing() {
		String archivedMsp = mspOrg();
		String msp = mspOrg();
		String client = clientOrg();
		String archivedClient = clientOrg();
		addClient(archivedMsp, client, "T3");
		addClient(msp, archivedClient, "T3");
		Person formerAdmin = member(archivedMsp, "ORG_ADMIN");
		Person mspAdmin = member(msp, "ORG_ADMIN");
		archive(archivedMsp);
		archive(archivedClient);

		assertThat(formerAdmin.api().get("/api/v1/orgs/" + client).status()).isEqualTo(404);
		assertThat(mspAdmin.api().get("/api/v1/orgs/" + archivedClient).status()).isEqualTo(404);
	}

	@Test
	void relationshipsAreNotTransitive() {
		String msp = mspOrg();
		String subMsp = mspOrg();
		String subClient = clientOrg();
		addClient(msp, subMsp, "T3");
		addClient(subMsp, subClient, "T3");
		Person mspAdmin = member(msp, "ORG_ADMIN");

		assertThat(entry(mspAdmin.api(), subMsp)).isPresent();
		assertThat(entry(mspAdmin.api(), subClient)).isEmpty();
		assertThat(mspAdmin.api().get("/api/v1/orgs/" + subClient).status()).isEqualTo(404);
	}

	@Test
	void anMspWithoutThePortalGrantsNothing() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T3");
		Person mspAdmin = member(msp, "ORG_ADMIN");
		assertThat(entry(mspAdmin.api(), client)).isPresent();

		disableMspPortal(msp);

		assertThat(entry(mspAdmin.api(), client)).isEmpty();
		assertThat(mspAdmin.api().get(MspClientsApiTest.clients(msp)).status()).isEqualTo(404);
	}

	@Test
	void aTechnicianRemovedOrGivenAnotherRoleAndAddedAgainReachesNoClient() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T2");
		Person removed = member(msp, "SERVICE_PROVIDER");
		Person demoted = member(msp, "SERVICE_PROVIDER");
		this.admin.put(access(msp, removed.id()), Map.of("allClients", true));
		this.admin.put(access(msp, demoted.id()), Map.of("allClients", false, "clientOrgIds", List.of(client)));

		assertThat(this.admin.delete("/api/v1/orgs/" + msp + "/members/" + removed.id()).status()).isEqualTo(204);
		join(msp, removed, "SERVICE_PROVIDER");
		assertThat(this.admin.patch("/api/v1/orgs/" + msp + "/members/" + demoted.id(), Map.of("role", "VIEWER")).status())
			.isEqualTo(200);
		this.admin.patch("/api/v1/orgs/" + msp + "/members/" + demoted.id(), Map.of("role", "SERVICE_PROVIDER"));

		assertReachesNoClient(msp, client, removed);
		assertReachesNoClient(msp, client, demoted);
	}

	@Test
	void aBlockedClientRemovedAndAddedAgainStaysBlocked() {
		String msp = mspOrg();
		String blocked = clientOrg();
		String granted = clientOrg();
		addClient(msp, blocked, "T2");
		addClient(msp, granted, "T2");
		Person allBut = member(msp, "SERVICE_PROVIDER");
		Person listed = member(msp, "SERVICE_PROVIDER");
		this.admin.put(access(msp, allBut.id()), Map.of("allClients", true, "excludedClientOrgIds", List.of(blocked)));
		this.admin.put(access(msp, listed.id()), Map.of("allClients", false, "clientOrgIds", List.of(granted)));

		for (String client : List.of(blocked, granted)) {
			assertThat(this.admin.delete(MspClientsApiTest.clients(msp) + "/" + client).status()).isEqualTo(204);
			addClient(msp, client, "T2");
		}

		assertThat(entry(allBut.api(), blocked)).isEmpty();
		assertThat(allBut.api().get("/api/v1/orgs/" + blocked).status()).isEqualTo(404);
		assertThat(entry(allBut.api(), granted)).isPresent();
		assertThat(this.admin.get(access(msp, allBut.id())).json().get("excludedClientOrgIds").valueStream().map(JsonNode::asString))
			.containsExactly(blocked);
		// An allow list goes with the removed client: adding it again grants nothing by itself.
		assertThat(entry(listed.api(), granted)).isEmpty();
	}

	@Test
	void anActionThroughTwoMspsNamesTheMspWhoseTierItUses() {
		String monitoring = mspOrg();
		String managing = mspOrg();
		String client = clientOrg();
		addClient(monitoring, client, "T1");
		addClient(managing, client, "T3");
		Person admin = member(monitoring, "ORG_ADMIN");
		join(managing, admin, "ORG_ADMIN");

		assertThat(admin.api().patch("/api/v1/orgs/" + client, Map.of("licenseLimit", 5)).status()).isEqualTo(200);

		JsonNode updated = latestEntry(client, "org.updated");
		assertThat(updated.get("onBehalfOfOrgId").asString()).isEqualTo(managing);
		assertThat(updated.get("onBehalfOfTier").asString()).isEqualTo("T3");
	}

	@Test
	void aDirectOrgAdminActsAsItselfThoughItsMspAlsoReachesTheOrg() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T3");
		Person admin = member(msp, "ORG_ADMIN");
		join(client, admin, "ORG_ADMIN");

		assertThat(admin.api().patch("/api/v1/orgs/" + client, Map.of("licenseLimit", 5)).status()).isEqualTo(200);

		JsonNode updated = latestEntry(client, "org.updated");
		assertThat(updated.get("onBehalfOfOrgId").isNull()).isTrue();
		assertThat(updated.get("onBehalfOfTier").isNull()).isTrue();
	}

	@Test
	void aDirectAuditorMembershipAndTierOneAreUnited() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T1");
		Person auditor = member(client, "AUDITOR");
		join(msp, auditor, "ORG_ADMIN");

		assertThat(entry(auditor.api(), client)).hasValueSatisfying((org) -> {
			assertThat(org.get("tier").asString()).isEqualTo("T1");
			assertThat(capabilities(org)).contains("compliance:read", "override:create", "audit:read");
		});
	}

	/** The technician does not reach the client, and its access names no client. */
	private void assertReachesNoClient(String msp, String client, Person technician) {
		assertThat(entry(technician.api(), client)).isEmpty();
		assertThat(technician.api().get("/api/v1/orgs/" + client).status()).isEqualTo(404);
		Response access = this.admin.get(access(msp, technician.id()));
		assertThat(access.status()).isEqualTo(200);
		assertThat(access.json().get("allClients").asBoolean()).isFalse();
		assertThat(access.json().get("clientOrgIds").size()).isZero();
	}

	static String access(String msp, String userId) {
		return "/api/v1/orgs/" + msp + "/members/" + userId + "/client-access";
	}

	private static Optional<JsonNode> entry(Api api, String orgId) {
		return api.get("/api/v1/me").json().get("orgs").valueStream().filter((org) -> org.get("id").asString().equals(orgId)).findFirst();
	}

	private static List<String> capabilities(JsonNode org) {
		return org.get("capabilities").valueStream().map(JsonNode::asString).toList();
	}

}
