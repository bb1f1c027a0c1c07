package io.tenantry.msp.web;

import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.Browser;
import io.tenantry.test.Browser.Page;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TechniciansPageTest extends IntegrationTest {

	private UUID msp;

	private UUID contoso;

	private Browser mspAdmin;

	@BeforeEach
	void mspWithTwoClients() {
		this.msp = this.fixtures.org("MSP", true);
		this.contoso = this.fixtures.org("Contoso", false);
		this.fixtures.relate(this.msp, this.contoso, "T2");
		this.fixtures.relate(this.msp, this.fixtures.org("Fabrikam", false), "T1");
		TestUser admin = this.fixtures.member(this.msp, "ORG_ADMIN");
		this.mspAdmin = browser();
		this.mspAdmin.login(admin.email(), Fixtures.PASSWORD);
		this.mspAdmin.get("/");
		this.mspAdmin.submit("/switch-org", Map.of("orgId", this.msp.toString()));
	}

	@Test
	void aTechnicianSeesOnlyTheMspPagesItMayOpen() {
		TestUser technician = this.fixtures.member(this.msp, "SERVICE_PROVIDER");
		Browser browser = browser();
		browser.login(technician.email(), Fixtures.PASSWORD);
		browser.submit("/switch-org", Map.of("orgId", this.msp.toString()));

		String home = browser.get("/").body();

		assertThat(home).contains("id=\"nav-msp-dashboard\"", "id=\"nav-msp-change-requests\"")
			.doesNotContain("id=\"nav-msp-clients\"", "id=\"nav-msp-licensing\"", "id=\"nav-msp-technicians\"");
		assertThat(browser.get("/msp/dashboard").status()).isEqualTo(200);
		assertThat(browser.get("/msp/clients").status()).isEqualTo(403);
		assertThat(browser.get("/msp/licensing").status()).isEqualTo(403);
	}

	@Test
	void addingATechnicianWithoutAnyClientIsRefusedAndAddsNobody() {
		String email = "tech-" + UUID.randomUUID() + "@msp.test";
		this.mspAdmin.get("/msp/technicians");

		Page refused = this.mspAdmin.submit("/msp/technicians", Map.of("email", email, "allClients", "false"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"technician-error\"", "at least one client");
		assertThat(members().body()).doesNotContain(email);
	}

	@Test
	void aTechnicianAddedForOneClientReachesOnlyThatClient() {
		String email = "tech-" + UUID.randomUUID() + "@msp.test";
		Page page = this.mspAdmin.get("/msp/technicians");
		assertThat(page.body()).contains("Contoso", "Fabrikam");

		Page added = this.mspAdmin.submit("/msp/technicians",
				Map.of("email", email, "allClients", "false", "clientOrgIds", this.contoso.toString()));

		assertThat(added.redirectsTo("/msp/technicians")).isTrue();
		var access = clientAccessOf(email);
		assertThat(access.get("allClients").asBoolean()).isFalse();
		assertThat(access.get("clientOrgIds").valueStream().map((id) -> id.asString()))
			.containsExactly(this.contoso.toString());
		assertThat(this.mspAdmin.get("/msp/technicians").body()).contains(email, "1 client(s)");
	}

	@Test
	void aTechnicianAddedForAllClientsReachesEveryClient() {
		String email = "tech-" + UUID.randomUUID() + "@msp.test";
		this.mspAdmin.get("/msp/technicians");

		this.mspAdmin.submit("/msp/technicians", Map.of("email", email, "allClients", "true"));

		assertThat(clientAccessOf(email).get("allClients").asBoolean()).isTrue();
		assertThat(this.mspAdmin.get("/msp/technicians").body()).contains("All clients");
	}

	private Api.Response members() {
		return this.fixtures.admin().get("/api/v1/orgs/" + this.msp + "/members");
	}

	private tools.jackson.databind.JsonNode clientAccessOf(String email) {
		String userId = members().json()
			.valueStream()
			.filter((member) -> member.get("email").asString().equals(email))
			.findFirst()
			.orElseThrow()
			.get("userId")
			.asString();
		return this.fixtures.admin()
			.get("/api/v1/orgs/" + this.msp + "/members/" + userId + "/client-access")
			.json();
	}

}
