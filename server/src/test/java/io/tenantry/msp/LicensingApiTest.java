package io.tenantry.msp;

import java.util.Map;

import io.tenantry.test.Api.Response;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LicensingApiTest extends MspTest {

	@Test
	void showsKpisAndStatusPerClient() {
		String msp = mspOrg();
		String over = clientOrg();
		String within = clientOrg();
		String unlimited = clientOrg();
		addClient(msp, over, "T1");
		addClient(msp, within, "T2");
		addClient(msp, unlimited, "T3");
		member(over, "VIEWER");
		member(over, "VIEWER");
		member(within, "AUDITOR");
		member(unlimited, "ORG_ADMIN");
		Person mspAdmin = member(msp, "ORG_ADMIN");
		assertThat(setLicense(mspAdmin.api(), msp, over, "custom", 1).status()).isEqualTo(200);
		setLicense(mspAdmin.api(), msp, within, "per-user-all-features", 5);

		Response response = mspAdmin.api().get(licensing(msp));

		assertThat(response.status()).isEqualTo(200);
		JsonNode kpis = response.json().get("kpis");
		assertThat(kpis.get("clientOrganizations").asInt()).isEqualTo(3);
		assertThat(kpis.get("totalLicensedUsers").asInt()).isEqualTo(4);
		assertThat(kpis.get("seatCapacity").asInt()).isEqualTo(6);
		assertThat(kpis.get("overLimit").asInt()).isEqualTo(1);
		JsonNode overRow = row(response, over);
		assertThat(overRow.get("licenseType").asString()).isEqualTo("custom");
		assertThat(overRow.get("seatLimit").asInt()).isEqualTo(1);
		assertThat(overRow.get("users").asInt()).isEqualTo(2);
		assertThat(overRow.get("status").asString()).isEqualTo("OVER_LIMIT");
		assertThat(overRow.get("tier").asString()).isEqualTo("T1");
		assertThat(row(response, within).get("status").asString()).isEqualTo("OK");
		assertThat(row(response, unlimited).get("status").asString()).isEqualTo("UNLIMITED");
		assertThat(row(response, unlimited).get("licenseType").asString()).isEqualTo("per-user-all-features");
	}

	@Test
	void storesTheLicenceOnTheOrg() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T1");

		setLicense(this.admin, msp, client, "custom", 25);

		Response org = this.admin.get("/api/v1/orgs/" + client);
		assertThat(org.json().get("licenseType").asString()).isEqualTo("custom");
		assertThat(org.json().get("licenseLimit").asInt()).isEqualTo(25);
	}

	@Test
	void rejectsANegativeSeatLimitAndUnknownTypes() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T1");

		assertThat(setLicense(this.admin, msp, client, "custom", -1).status()).isEqualTo(400);
		assertThat(setLicense(this.admin, msp, client, "per-device", 3).status()).isEqualTo(400);
		assertThat(this.admin.get("/api/v1/orgs/" + client).json().get("licenseLimit").asInt()).isZero();
	}

	@Test
	void onlyClientsOfTheMspAndOnlyMspManagers() {
		String msp = mspOrg();
		String client = clientOrg();
		addClient(msp, client, "T3");
		Person technician = member(msp, "SERVICE_PROVIDER");

		assertThat(setLicense(this.admin, msp, clientOrg(), "custom", 3).status()).isEqualTo(404);
		assertThat(technician.api().get(licensing(msp)).status()).isEqualTo(403);
		assertThat(setLicense(technician.api(), msp, client, "custom", 3).status()).isEqualTo(403);
		assertThat(this.admin.get(licensing(org("Plain", false))).status()).isEqualTo(404);
	}

	private static Response setLicense(io.tenantry.test.Api api, String msp, String client, String type, int limit) {
		return api.put(licensing(msp) + "/" + client, Map.of("licenseType", type, "seatLimit", limit));
	}

	private static JsonNode row(Response response, String orgId) {
		return response.json().get("clients").valueStream().filter((row) -> row.get("orgId").asString().equals(orgId)).findFirst().orElseThrow();
	}

	static String licensing(String msp) {
		return "/api/v1/msp/" + msp + "/licensing";
	}

}
