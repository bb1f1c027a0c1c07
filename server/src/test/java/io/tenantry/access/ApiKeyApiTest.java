package io.tenantry.access;

import java.net.http.HttpRequest.BodyPublishers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import io.tenantry.test.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Org API keys over HTTP: managing them, and what an agent may do with one. */
class ApiKeyApiTest extends IntegrationTest {

	private static final String SCAN = "{\"results\":[{\"controlId\":\"AGENT-1\",\"title\":\"Agent control\","
			+ "\"severity\":\"HIGH\",\"status\":\"FAIL\"}]}";

	private UUID orgId;

	private TestUser orgAdmin;

	private Api admin;

	@BeforeEach
	void createOrg() {
		this.orgId = this.fixtures.org("Agent org");
		this.orgAdmin = this.fixtures.member(this.orgId, "ORG_ADMIN");
		this.admin = this.fixtures.login(this.orgAdmin);
	}

	@Test
	void aCreatedKeyIsShownOnceAndListedWithoutItsSecret() {
		Response created = this.admin.post(keys(), Map.of("name", "  Nightly agent  "));

		assertThat(created.status()).isEqualTo(201);
		JsonNode key = created.json();
		String secret = key.get("key").asString();
		assertThat(secret).startsWith("tnt_").hasSizeGreaterThan(40);
		assertThat(key.get("prefix").asString()).isEqualTo(secret.substring(0, 12));
		assertThat(key.get("name").asString()).isEqualTo("Nightly agent");
		assertThat(key.get("createdBy").asString()).isEqualTo(this.orgAdmin.id().toString());
		assertThat(key.get("expiresAt").isNull()).isTrue();
		Response listed = this.admin.get(keys());
		assertThat(listed.body()).doesNotContain(secret.substring(12));
		JsonNode entry = listed.json().get(0);
		assertThat(entry.get("id").asString()).isEqualTo(key.get("id").asString());
		assertThat(entry.has("key")).isFalse();
		assertThat(entry.get("revokedAt").isNull()).isTrue();
		assertThat(entry.get("lastUsedAt").isNull()).isTrue();
	}

	@Test
	void aKeyImportsScansIntoItsOrgAndReadsItsControls() {
		JsonNode key = create("Importer");
		Api agent = this.api.as(key.get("key").asString());

		Response imported = agent.send("POST", "/api/v1/orgs/" + this.orgId + "/scans/import?format=native",
				BodyPublishers.ofString(SCAN), "application/json");

		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		Response controls = agent.get("/api/v1/orgs/" + this.orgId + "/controls");
		assertThat(controls.status()).isEqualTo(200);
		assertThat(controls.body()).contains("AGENT-1");
		assertThat(this.admin.get("/api/v1/orgs/" + this.orgId + "/scans").body()).contains(imported.json().get("id").asString());
		assertThat(this.admin.get(keys()).json().get(0).get("lastUsedAt").isNull()).isFalse();
		JsonNode orgs = agent.get("/api/v1/orgs").json();
		assertThat(orgs.valueStream().map((org) -> org.get("id").asString())).containsExactly(this.orgId.toString());
	}

	@Test
	void aKeyReachesNoOtherOrgAndNothingBeyondReadingAndImporting() {
		UUID other = this.fixtures.org("Other org");
		Api agent = this.api.as(create("Narrow").get("key").asString());

		assertThat(agent.get("/api/v1/orgs/" + other + "/controls").status()).isEqualTo(404);
		assertThat(agent.send("POST", "/api/v1/orgs/" + other + "/scans/import?format=native", BodyPublishers.ofString(SCAN),
				"application/json").status()).isEqualTo(404);
		assertThat(agent.patch("/api/v1/orgs/" + this.orgId, Map.of("licenseLimit", 5)).status()).isEqualTo(403);
		assertThat(agent.post("/api/v1/orgs/" + this.orgId + "/members", Map.of("email", "x@example.test", "role", "VIEWER"))
			.status()).isEqualTo(403);
		assertThat(agent.post(keys(), Map.of("name", "Another")).status()).isEqualTo(403);
		assertThat(agent.get("/api/v1/orgs/" + this.orgId + "/audit").status()).isEqualTo(403);
		assertThat(agent.get("/api/v1/me").status()).isEqualTo(403);
		assertThat(agent.post("/api/v1/account/mfa", null).status()).isEqualTo(403);
		assertThat(agent.post("/api/v1/auth/logout", null).status()).isEqualTo(403);
	}

	@Test
	void revokedAndExpiredKeysAnswer401() throws SQLException {
		JsonNode revoked = create("Revoked");
		JsonNode expired = create("Expired");
		String controls = "/api/v1/orgs/" + this.orgId + "/controls";
		assertThat(this.api.as(revoked.get("key").asString()).get(controls).status()).isEqualTo(200);

		assertThat(this.admin.delete(keys() + "/" + revoked.get("id").asString()).status()).isEqualTo(204);
		expireNow(expired.get("id").asString());

		assertThat(this.api.as(revoked.get("key").asString()).get(controls).status()).isEqualTo(401);
		assertThat(this.api.as(expired.get("key").asString()).get(controls).status()).isEqualTo(401);
		assertThat(this.api.as("tnt_" + UUID.randomUUID()).get(controls).status()).isEqualTo(401);
		assertThat(this.admin.delete(keys() + "/" + revoked.get("id").asString()).status()).isEqualTo(409);
		assertThat(this.admin.delete(keys() + "/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(this.admin.get(keys()).json().valueStream().filter((key) -> !key.get("revokedAt").isNull()).count())
			.isEqualTo(1);
	}

	@Test
	void keysBelongToTheOrgAndStopWritingWhenItIsArchived() {
		Api agent = this.api.as(create("Outlives its creator").get("key").asString());
		this.fixtures.member(this.orgId, "ORG_ADMIN");

		assertThat(this.fixtures.admin().delete("/api/v1/orgs/" + this.orgId + "/members/" + this.orgAdmin.id()).status())
			.isEqualTo(204);
		assertThat(importAs(agent).status()).isEqualTo(201);
		this.fixtures.archive(this.orgId);

		assertThat(importAs(agent).status()).isEqualTo(403);
		assertThat(agent.get("/api/v1/orgs/" + this.orgId + "/controls").status()).isEqualTo(200);
	}

	@Test
	void invalidKeysAreRefusedWithTheFieldAndNothingIsStored() {
		Response blank = this.admin.post(keys(), Map.of("name", " "));
		Response tooLong = this.admin.post(keys(), Map.of("name", "x".repeat(101)));
		Response past = this.admin.post(keys(),
				Map.of("name", "Past", "expiresAt", Instant.now().minus(1, ChronoUnit.DAYS).toString()));

		for (Response refused : List.of(blank, tooLong, past)) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.json().get("code").asString()).isEqualTo("validation_failed");
		}
		assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
		assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresAt");
		assertThat(this.admin.get(keys()).json().isEmpty()).isTrue();
		assertThat(this.fixtures.login(this.fixtures.member(this.orgId, "AUDITOR")).get(keys()).status()).isEqualTo(403);
		assertThat(this.fixtures.login(this.fixtures.user("outsider")).get(keys()).status()).isEqualTo(404);
	}

	@Test
	void changesAreAuditedWithoutTheSecretAndTheKeyNamesItselfInItsEntries() {
		Instant expiry = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		JsonNode key = this.admin.post(keys(), Map.of("name", "Audited", "expiresAt", expiry.toString())).json();
		String id = key.get("id").asString();
		Response imported = importAs(this.api.as(key.get("key").asString()));
		this.admin.delete(keys() + "/" + id);

		JsonNode audit = this.admin.get("/api/v1/orgs/" + this.orgId + "/audit").json();
		JsonNode revoked = audit.get(0);
		JsonNode importedEntry = audit.get(1);
		JsonNode created = audit.get(2);
		assertThat(revoked.get("action").asString()).isEqualTo("apikey.revoked");
		assertThat(revoked.get("target").asString()).isEqualTo(id);
		assertThat(revoked.get("actorEmail").asString()).isEqualTo(this.orgAdmin.email());
		assertThat(importedEntry.get("actorEmail").asString()).isEqualTo("apikey:" + key.get("prefix").asString());
		assertThat(importedEntry.get("actorId").asString()).isEqualTo(id);
		assertThat(importedEntry.get("target").asString()).isEqualTo(imported.json().get("id").asString());
		assertThat(created.get("action").asString()).isEqualTo("apikey.created");
		assertThat(created.get("details").toString()).contains("Audited", key.get("prefix").asString(), expiry.toString());
		assertThat(audit.toString()).doesNotContain(key.get("key").asString().substring(12));
	}

	private Response importAs(Api agent) {
		return agent.send("POST", "/api/v1/orgs/" + this.orgId + "/scans/import?format=native", BodyPublishers.ofString(SCAN),
				"application/json");
	}

	private JsonNode create(String name) {
		Response created = this.admin.post(keys(), Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	/** Lets the key's time run out, as the database's owner. */
	private static void expireNow(String keyId) throws SQLException {
		try (Connection owner = TestDatabase.superuserConnection();
				PreparedStatement expire = owner.prepareStatement("UPDATE api_keys SET expires_at = created_at WHERE id = ?")) {
			expire.setObject(1, UUID.fromString(keyId));
			expire.executeUpdate();
		}
	}

	private String keys() {
		return "/api/v1/orgs/" + this.orgId + "/api-keys";
	}

}
