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

		mspAdmin.api().post(MspClientsApiTest.clients(msp), Map.of("clientOrgId", client, "tier", "T1"));
		mspAdmin.api().patch(MspClientsApiTest.clients(msp) + "/" + client, Map.of("tier", "T3"));
		mspAdmin.api().delete(MspClientsApiTest.clients(msp) + "/" + client);

		List<String> expected = List.of("msp.client.added", "msp.client.tier_changed", "msp.client.removed");
		assertThat(actions(msp)).containsAll(expected);
		assertThat(actions(client)).containsAll(expected);
		JsonNode changed = entry(client, "msp.client.tier_changed");
		assertThat(changed.get("actorEmail").asString()).isNotBlank();
		assertThat(changed.get("details").get("to").asString()).isEqualTo("T3");
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

		assertThat(entry(msp, "msp.client_access.changed").get("target").asString()).isEqualTo(technician.id());
		JsonNode licence = entry(client, "msp.license.changed");
		assertThat(licence.get("details").get("seatLimit").asInt()).isEqualTo(10);
		assertThat(licence.get("onBehalfOfOrgId").asString()).isEqualTo(msp);
		assertThat(licence.get("onBehalfOfTier").asString()).isEqualTo("T2");
	}

	private List<String> actions(String orgId) {
		return this.admin.get("/api/v1/orgs/" + orgId + "/audit").json().valueStream().map((e) -> e.get("action").asString()).toList();
	}

	private JsonNode entry(String orgId, String action) {
		return this.admin.get("/api/v1/orgs/" + orgId + "/audit")
			.json()
			.valueStream()
			.filter((e) -> e.get("action").asString().equals(action))
			.findFirst()
			.orElseThrow();
	}

}
