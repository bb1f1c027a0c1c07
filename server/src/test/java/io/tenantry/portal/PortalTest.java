package io.tenantry.portal;

import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/** An MSP with one client and the people on both sides, built through the API for portal tests. */
abstract class PortalTest extends IntegrationTest {

	protected Api admin;

	protected UUID msp;

	protected UUID client;

	/** An OrgAdmin of the MSP: reaches the client at the relationship's tier. */
	protected Person mspAdmin;

	/** The client's own portal administrator. */
	protected Person clientAdmin;

	@BeforeEach
	void buildMspAndClient() {
		this.admin = this.fixtures.admin();
		this.msp = this.fixtures.org("MSP", true);
		this.client = this.fixtures.org("Client");
		addClient(this.msp, this.client, "T3");
		this.mspAdmin = member(this.msp, "ORG_ADMIN");
		this.clientAdmin = member(this.client, "CLIENT_ADMIN");
	}

	/** A new user with a direct role in the org, logged in. */
	Person member(UUID orgId, String role) {
		TestUser user = this.fixtures.member(orgId, role);
		return new Person(user.id(), user.email(), this.fixtures.login(user));
	}

	/** A page session signed in as the person. */
	PageSession signedIn(Person person) {
		return PageSession.signedIn(baseUrl(), person.email(), Fixtures.PASSWORD);
	}

	void addClient(UUID mspOrgId, UUID clientOrgId, String tier) {
		expect(201, this.admin.post("/api/v1/msp/" + mspOrgId + "/clients", Map.of("clientOrgId", clientOrgId, "tier", tier)));
	}

	void changeTier(String tier) {
		expect(200, this.admin.patch("/api/v1/msp/" + this.msp + "/clients/" + this.client, Map.of("tier", tier)));
	}

	static Api.Response expect(int status, Api.Response response) {
		if (response.status() != status) {
			throw new IllegalStateException("Expected " + status + " but got " + response);
		}
		return response;
	}

	/** A user and an API client logged in as them. */
	record Person(UUID id, String email, Api api) {
	}

}
