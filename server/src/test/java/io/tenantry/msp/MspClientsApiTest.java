package io.tenantry.msp;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MspClientsApiTest extends MspTest {

	@Test
	void mspAdminAddsListsRetiersAndRemovesAClient() {
		String msp = mspOrg();
		String client = clientOrg();
		Person mspAdmin = member(msp, "ORG_ADMIN");
		join(client, mspAdmin, "ORG_ADMIN");

		Response added = mspAdmin.api().post(clients(msp), Map.of("clientOrgId", client, "tier", "T2"));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("tierLabel").asString()).isEqualTo("Operate");

		Response listed = mspAdmin.api().get(clients(msp));
		assertThat(listed.json().valueStream()).singleElement().satisfies((row) -> {
			assertThat(row.get("clientOrgId").asString()).isEqualTo(client);
			assertThat(row.get("clientName").asString()).startsWith("Client");
			assertThat(row.get("tier").asString()).isEqualTo("T2");
			assertThat(row.get("effectiveRole").asString()).isEqualTo("ORG_ADMIN");
		});

		Response changed = mspAdmin.api().patch(clients(msp) + "/" + client, Map.of("tier", "T1"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("tierLabel").asString()).isEqualTo("Monitor");
		assertThat(changed.json().get("effectiveRole").asString()).isEqualTo("AUDITOR");

		assertThat(mspAdmin.api().delete(clients(msp) + "/" + client).status()).isEqualTo(204);
		assertThat(mspAdmin.api().get(clients(msp)).json().size()).isZero();
		assertThat(mspAdmin.api().delete(clients(msp) + "/" + client).status()).isEqualTo(404);
	}

	@Test
	void anMspAdminCannotAddAnOrgOrAnotherMspItDoesNotAdminister() {
		String msp = mspOrg();
		String tenant = clientOrg();
		String otherMsp = mspOrg();
		addClient(otherMsp, clientOrg(), "T3");
		Person mspAdmin = member(msp, "ORG_ADMIN");
		join(tenant, mspAdmin, "AUDITOR");

		for (String org : List.of(tenant, otherMsp)) {
			Response response = mspAdmin.api().post(clients(msp), Map.of("clientOrgId", org, "tier", "T3"));

			assertThat(response.status()).as(org).isEqualTo(404);
			assertThat(response.json().get("code").asString()).isEqualTo("not_found");
		}
		assertThat(this.admin.get(clients(msp)).json().size()).isZero();
		assertThat(this.admin.get("/api/v1/orgs/" + tenant + "/audit").json().valueStream()
			.map((entry) -> entry.get("action").asString())).doesNotContain("msp.client.added");
	}

	@Test
	void anMspAdminAddsAnOrgItAdministersDirectly() {
		String msp = mspOrg();
		String otherMsp = mspOrg();
		Person mspAdmin = member(msp, "ORG_ADMIN");
		join(otherMsp, mspAdmin, "ORG_ADMIN");

		Response added = mspAdmin.api().post(clients(msp), Map.of("clientOrgId", otherMsp, "tier", "T3"));

		assertThat(added.status()).isEqualTo(201);
		assertThat(this.admin.get(clients(msp)).json().valueStream().map((row) -> row.get("clientOrgId").asString()))
			.containsExactly(otherMsp);
	}

	@Test
	void rejectsADuplicatePair() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T1");

		Response again = this.admin.post(clients(msp), Map.of("clientOrgId", client, "tier", "T3"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("conflict");
	}

	@Test
	void unknownClientOrgIsNotFound() {
		Response response = this.admin.post(clients(mspOrg()), Map.of("clientOrgId", UUID.randomUUID().toString(), "tier", "T1"));

		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void anMspCannotBeItsOwnClient() {
		String msp = mspOrg();

		Response response = this.admin.post(clients(msp), Map.of("clientOrgId", msp, "tier", "T1"));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("own_client");
	}

	@Test
	void anArchivedOrgCannotBecomeAClient() {
		String msp = mspOrg();
		String client = clientOrg();
		archive(client);

		Response response = this.admin.post(clients(msp), Map.of("clientOrgId", client, "tier", "T1"));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("archived_org");
	}

	@Test
	void rejectsTierT9() {
		Response response = this.admin.post(clients(mspOrg()), Map.of("clientOrgId", clientOrg(), "tier", "T9"));

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void anOrgWithoutTheMspPortalHasNoMspSurface() {
		String notMsp = org("Plain", false);

		assertThat(this.admin.get(clients(notMsp)).status()).isEqualTo(404);
		assertThat(this.admin.post(clients(notMsp), Map.of("clientOrgId", clientOrg(), "tier", "T1")).status())
			.isEqualTo(404);
	}

	@Test
	void onlyMspManagersManageClients() {
		String msp = mspOrg();
		Person technician = member(msp, "SERVICE_PROVIDER");
		Person outsider = member(clientOrg(), "ORG_ADMIN");

		assertThat(technician.api().get(clients(msp)).status()).isEqualTo(403);
		assertThat(technician.api().post(clients(msp), Map.of("clientOrgId", clientOrg(), "tier", "T1")).status())
			.isEqualTo(403);
		assertThat(outsider.api().get(clients(msp)).status()).isEqualTo(404);
		assertThat(this.api.get(clients(msp)).status()).isEqualTo(401);
	}

	static String clients(String msp) {
		return "/api/v1/msp/" + msp + "/clients";
	}

}
