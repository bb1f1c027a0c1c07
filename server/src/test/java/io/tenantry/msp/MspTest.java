package io.tenantry.msp;

import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;

/** MSPs, clients and their people for the MSP tests, built through the API. */
abstract class MspTest extends IntegrationTest {

	protected Api admin;

	@BeforeEach
	void loginAdmin() {
		this.admin = this.fixtures.admin();
	}

	String org(String name, boolean msp) {
		return this.fixtures.org(name, msp).toString();
	}

	String mspOrg() {
		return org("MSP", true);
	}

	String clientOrg() {
		return org("Client", false);
	}

	/** A new user with a direct role in the org, logged in. */
	Person member(String orgId, String role) {
		TestUser user = this.fixtures.member(UUID.fromString(orgId), role);
		return new Person(user.id().toString(), user.email(), this.fixtures.login(user));
	}

	/** Gives the person a direct role in one more org. */
	void join(String orgId, Person person, String role) {
		this.fixtures.addMember(UUID.fromString(orgId), new TestUser(UUID.fromString(person.id()), person.email()), role);
	}

	void archive(String orgId) {
		this.fixtures.archive(UUID.fromString(orgId));
	}

	void disableMspPortal(String orgId) {
		expect(200, this.admin.patch("/api/v1/orgs/" + orgId, Map.of("mspPortalEnabled", false)));
	}

	void addClient(String mspOrgId, String clientOrgId, String tier) {
		expect(201, this.admin.post("/api/v1/msp/" + mspOrgId + "/clients", Map.of("clientOrgId", clientOrgId, "tier", tier)));
	}

	/** The org's latest audit entry with this action, as the SuperAdmin reads it. */
	JsonNode latestEntry(String orgId, String action) {
		return this.admin.get("/api/v1/orgs/" + orgId + "/audit")
			.json()
			.valueStream()
			.filter((e) -> e.get("action").asString().equals(action))
			.findFirst()
			.orElseThrow();
	}

	private static void expect(int status, Api.Response response) {
		if (response.status() != status) {
			throw new IllegalStateException("Expected " + status + " but got " + response);
		}
	}

	/** A user and an API client logged in as them. */
	record Person(String id, String email, Api api) {
	}

}
