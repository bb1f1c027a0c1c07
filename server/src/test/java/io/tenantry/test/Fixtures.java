package io.tenantry.test;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.identity.Users;
import io.tenantry.test.Api.Response;

/**
 * Test data through the real application: users with passwords (through the {@link Users}
 * facade), orgs and memberships (through the API as the bootstrap SuperAdmin). Every name gets
 * a random suffix, since all integration tests share one database.
 */
public final class Fixtures {

	/** The password of every user these fixtures create; it passes the password policy. */
	public static final String PASSWORD = "fixture-password-Zq8!vLm2";

	private final Api api;

	private final Users users;

	private Api admin;

	public Fixtures(Api api, Users users) {
		this.api = api;
		this.users = users;
	}

	/** A user created by the fixtures; {@code email} is unique. */
	public record TestUser(UUID id, String email) {
	}

	/** The bootstrap SuperAdmin, logged in once per fixture. */
	public Api admin() {
		if (this.admin == null) {
			this.admin = this.api.login(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
		}
		return this.admin;
	}

	/** A new active user with {@link #PASSWORD}, in no org. */
	public TestUser user(String label) {
		String email = label + "-" + suffix() + "@example.test";
		return new TestUser(this.users.create(email, label, PASSWORD, false).id(), email);
	}

	/** A new SuperAdmin with {@link #PASSWORD}. */
	public TestUser superAdmin(String label) {
		String email = label + "-" + suffix() + "@example.test";
		return new TestUser(this.users.create(email, label, PASSWORD, true).id(), email);
	}

	/** A new org; its name starts with the label. */
	public UUID org(String label) {
		return org(label, false);
	}

	/** A new org, with the MSP portal on or off. */
	public UUID org(String label, boolean mspPortalEnabled) {
		Response created = admin().post("/api/v1/orgs",
				Map.of("name", label + " " + suffix(), "mspPortalEnabled", mspPortalEnabled));
		return UUID.fromString(expect(201, created).json().get("id").asString());
	}

	/** A new user who is a member of the org with the role (an API role name, e.g. {@code ORG_ADMIN}). */
	public TestUser member(UUID orgId, String role) {
		TestUser user = user(role.toLowerCase().replace('_', '-'));
		addMember(orgId, user, role);
		return user;
	}

	/** Adds an existing user to an org. */
	public void addMember(UUID orgId, TestUser user, String role) {
		expect(201, admin().post("/api/v1/orgs/" + orgId + "/members", Map.of("email", user.email(), "role", role)));
	}

	/** Adds an unknown email to an org, which invites a new user (who has no password yet). */
	public TestUser invite(UUID orgId, String role) {
		String email = "invitee-" + suffix() + "@example.test";
		Response added = expect(201, admin().post("/api/v1/orgs/" + orgId + "/members", Map.of("email", email, "role", role)));
		return new TestUser(UUID.fromString(added.json().get("userId").asString()), email);
	}

	/** Grants a ServiceProvider of the MSP org exactly these clients. */
	public void grantClients(UUID mspOrgId, UUID userId, UUID... clientOrgIds) {
		expect(200, admin().put("/api/v1/orgs/" + mspOrgId + "/members/" + userId + "/client-access",
				Map.of("allClients", false, "clientOrgIds", List.of(clientOrgIds))));
	}

	/** Imports a scanner file into the org as the SuperAdmin; returns the scan's id. */
	public UUID importScan(UUID orgId, String format, String file) {
		Response imported = expect(201, admin().send("POST", "/api/v1/orgs/" + orgId + "/scans/import?format=" + format,
				BodyPublishers.ofString(file), "application/json"));
		return UUID.fromString(imported.json().get("id").asString());
	}

	/** Imports a native scan with one failing control, a new one whose id starts with the prefix; returns its id. */
	public String failingControl(UUID orgId, String prefix) {
		String controlId = prefix + "." + UUID.randomUUID();
		importScan(orgId, "native", "{\"results\": [{\"controlId\": \"" + controlId + "\", \"title\": \"" + prefix
				+ " control\", \"severity\": \"HIGH\", \"status\": \"FAIL\"}]}");
		return controlId;
	}

	/** Archives an org as the SuperAdmin. */
	public void archive(UUID orgId) {
		expect(200, admin().post("/api/v1/orgs/" + orgId + "/archive", null));
	}

	/** Makes the client org a client of the MSP org at the tier ({@code T1}, {@code T2}, {@code T3}). */
	public void relate(UUID mspOrgId, UUID clientOrgId, String tier) {
		expect(201, admin().post("/api/v1/msp/" + mspOrgId + "/clients",
				Map.of("clientOrgId", clientOrgId.toString(), "tier", tier)));
	}

	/** Suspends the user as the SuperAdmin; its sessions and tokens stop working. */
	public void suspend(TestUser user) {
		expect(200, admin().patch("/api/v1/users/" + user.id(), Map.of("status", "SUSPENDED")));
	}

	/** An API client without credentials. */
	public Api anonymous() {
		return this.api;
	}

	/** An API client logged in as the user. */
	public Api login(TestUser user) {
		return this.api.login(user.email(), PASSWORD);
	}

	private static Response expect(int status, Response response) {
		if (response.status() != status) {
			throw new IllegalStateException("Expected " + status + " but got " + response);
		}
		return response;
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
