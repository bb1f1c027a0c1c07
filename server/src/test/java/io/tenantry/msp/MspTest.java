package io.tenantry.msp;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.tenantry.identity.UserAccount;
import io.tenantry.identity.Users;
import io.tenantry.test.Api;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds MSPs, clients and their people over the API for the MSP tests. */
abstract class MspTest extends IntegrationTest {

	static final String PASSWORD = "correct horse battery staple 42";

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	protected Api admin;

	@BeforeEach
	void loginAdmin() {
		this.admin = this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	String org(String name, boolean msp) {
		return this.admin.post("/api/v1/orgs", Map.of("name", name + " " + UUID.randomUUID(), "mspPortalEnabled", msp))
			.json()
			.get("id")
			.asString();
	}

	String mspOrg() {
		return org("MSP", true);
	}

	String clientOrg() {
		return org("Client", false);
	}

	/** A new user with a direct role in the org. */
	Person member(String orgId, String role) {
		UserAccount user = this.users.create("u-" + UUID.randomUUID() + "@example.test", "Member", PASSWORD, false);
		this.jdbc.sql("INSERT INTO memberships (org_id, user_id, role, created_at) VALUES (:org, :user, :role, :at)")
			.param("org", UUID.fromString(orgId))
			.param("user", user.id())
			.param("role", role)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		return new Person(user.id().toString(), this.api.login(user.email(), PASSWORD));
	}

	void archive(String orgId) {
		this.jdbc.sql("UPDATE organizations SET archived = TRUE WHERE id = :id").param("id", UUID.fromString(orgId)).update();
	}

	void disableMspPortal(String orgId) {
		this.jdbc.sql("UPDATE organizations SET msp_portal_enabled = FALSE WHERE id = :id").param("id", UUID.fromString(orgId)).update();
	}

	void addClient(String mspOrgId, String clientOrgId, String tier) {
		var response = this.admin.post("/api/v1/msp/" + mspOrgId + "/clients", Map.of("clientOrgId", clientOrgId, "tier", tier));
		if (response.status() != 201) {
			throw new IllegalStateException(response.toString());
		}
	}

	/** A user and an API client logged in as them. */
	record Person(String id, Api api) {
	}

}
