package io.tenantry.msp;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MspAuditTest extends MspTest {

	@Test
	void relationshipChangesAreRecordedOnBothSides() {
		String msp = mspOrg();
		String client = clientOrg();
		Person mspAdmin = member(msp, "ORG_ADMIN");
		join(client, mspAdmin, "ORG_ADMIN");

		mspAdmin.api().post(MspClientsApiTest.clients(msp), Map.of("clientOrgId", client, "tier", "T1"));
		mspAdmin.api().patch(MspClientsApiTest.clients(msp) + "/" + client, Map.of("tier", "T3"));
		mspAdmin.api().delete(MspClientsApiTest.clients(msp) + "/" + client);

		List<String> expected = List.of("msp.client.added", "msp.client.tier_changed", "msp.client.removed");
		assertThat(actions(msp)).containsAll(expected);
		assertThat(actions(client)).containsAll(expected);
		JsonNode changed = latestEntry(client, "msp.client.tier_changed");
		assertThat(changed.get("actorEmail").asString()).isNotBlank();
		assertThat(changed.get("details").get("to").asString()).isEqualTo("T3");
		String mspName = this.admin.get("/api/v1/orgs/" + msp).json().get("name").asString();
		assertThat(expected).allSatisfy((action) -> {
			JsonNode entry = latestEntry(client, action);
			assertThat(entry.get("target").asString()).isEqualTo(client);
			assertThat(entry.get("details").get("mspOrgId").asString()).as(action).isEqualTo(msp);
			assertThat(entry.get("details").get("mspName").asString()).as(action).isEqualTo(mspName);
			assertThat(entry.get("onBehalfOfOrgId").asString()).as(action).isEqualTo(msp);
		});
		assertThat(latestEntry(client, "msp.client.added").get("onBehalfOfTier").asString()).isEqualTo("T1");
		assertThat(latestEntry(client, "msp.client.removed").get("onBehalfOfTier").asString()).isEqualTo("T3");
		assertThat(this.admin.get("/api/v1/orgs/" + client + "/audit/verify").json().get("valid").asBoolean()).isTrue();
	}

	@Test
	void clientAccessAndLicenceChangesAreRecorded() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T2");
		Person technician = member(msp, "SERVICE_PROVIDER");

		this.admin.put(MspGrantPathTest.access(msp, technician.id()), Map.of("allClients", false, "clientOrgIds", List.of(client)));
		this.admin.put(LicensingApiTest.licensing(msp) + "/" + client, Map.of("licenseType", "custom", "seatLimit", 10));

		assertThat(latestEntry(msp, "msp.client_access.changed").get("target").asString()).isEqualTo(technician.id());
		JsonNode licence = latestEntry(client, "msp.license.changed");
		assertThat(licence.get("details").get("seatLimit").asInt()).isEqualTo(10);
		assertThat(licence.get("onBehalfOfOrgId").asString()).isEqualTo(msp);
		assertThat(licence.get("onBehalfOfTier").asString()).isEqualTo("T2");
	}

	private List<String> actions(String orgId) {
		return this.admin.get("/api/v1/orgs/" + orgId + "/audit").json().valueStream().map((e) -> e.get("action").asString()).toList();
	}

}
