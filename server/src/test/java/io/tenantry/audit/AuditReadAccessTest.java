package io.tenantry.audit;

import java.util.Map;
import java.util.UUID;

import io.tenantry.identity.Users;
import io.tenantry.test.Fixtures;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reads an org's chain: OrgAdmins, Auditors, MSP tiers T2 and T3, SuperAdmins; the platform chain: SuperAdmins. */
class AuditReadAccessTest extends IntegrationTest {

	@Autowired
	private Users users;

	private Fixtures fixtures;

	private UUID org;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.api, this.users);
		this.org = this.fixtures.org("Readable");
	}

	@Test
	void orgAdminsAndAuditorsReadViewersAreForbiddenOutsidersSeeNothing() {
		assertThat(status(this.fixtures.member(this.org, "ORG_ADMIN"), "/audit")).isEqualTo(200);
		assertThat(status(this.fixtures.member(this.org, "AUDITOR"), "/audit/verify")).isEqualTo(200);
		assertThat(status(this.fixtures.member(this.org, "VIEWER"), "/audit")).isEqualTo(403);
		assertThat(status(this.fixtures.member(this.org, "CLIENT_ADMIN"), "/audit/export")).isEqualTo(403);
		assertThat(status(this.fixtures.user("outsider"), "/audit")).isEqualTo(404);
		assertThat(status(this.fixtures.superAdmin("root"), "/audit/export")).isEqualTo(200);
	}

	@Test
	void mspTierT2ReadsTheClientsChainButT1DoesNot() {
		UUID operated = this.org;
		UUID monitored = this.fixtures.org("Monitored");
		UUID msp = this.fixtures.org("Msp", true);
		this.fixtures.admin().post("/api/v1/msp/" + msp + "/clients", Map.of("clientOrgId", operated, "tier", "T2"));
		this.fixtures.admin().post("/api/v1/msp/" + msp + "/clients", Map.of("clientOrgId", monitored, "tier", "T1"));
		var technician = this.fixtures.login(this.fixtures.member(msp, "ORG_ADMIN"));

		assertThat(technician.get("/api/v1/orgs/" + operated + "/audit").status()).isEqualTo(200);
		assertThat(technician.get("/api/v1/orgs/" + monitored + "/audit").status()).isEqualTo(403);
	}

	@Test
	void onlySuperAdminsReadThePlatformChain() {
		var orgAdmin = this.fixtures.login(this.fixtures.member(this.org, "ORG_ADMIN"));
		assertThat(orgAdmin.get("/api/v1/audit").status()).isEqualTo(403);
		assertThat(orgAdmin.get("/api/v1/audit/verify").status()).isEqualTo(403);
		assertThat(orgAdmin.get("/api/v1/audit/export").status()).isEqualTo(403);
		assertThat(this.fixtures.admin().get("/api/v1/audit/verify").status()).isEqualTo(200);
	}

	private int status(Fixtures.TestUser user, String path) {
		return this.fixtures.login(user).get("/api/v1/orgs/" + this.org + path).status();
	}

}
