package io.tenantry.audit;

import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTest extends IntegrationTest {

	private Api admin;

	@BeforeEach
	void login() {
		this.admin = this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	@Test
	void orgCreationIsRecordedInThePlatformChainAndTheNewOrgsChain() {
		String name = "Audited " + UUID.randomUUID();
		String orgId = this.admin.post("/api/v1/orgs", Map.of("name", name)).json().get("id").asString();

		JsonNode first = this.admin.get("/api/v1/orgs/" + orgId + "/audit").json().get(0);
		assertThat(first.get("seq").asLong()).isEqualTo(1);
		assertThat(first.get("action").asString()).isEqualTo("org.created");
		assertThat(first.get("actorEmail").asString()).isEqualTo(ADMIN_EMAIL);
		assertThat(first.get("ip").asString()).isNotBlank();
		assertThat(first.get("details").get("name").asString()).isEqualTo(name);
		assertThat(first.get("prevHash").asString()).isEqualTo(AuditHashing.GENESIS);
		assertThat(this.admin.get("/api/v1/audit?limit=500").json().valueStream()
			.filter((entry) -> orgId.equals(entry.get("target").asString())))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.get("action").asString()).isEqualTo("org.created"));
		Response verify = this.admin.get("/api/v1/orgs/" + orgId + "/audit/verify");
		assertThat(verify.json().get("valid").asBoolean()).isTrue();
		assertThat(verify.json().get("entries").asLong()).isEqualTo(1);
		assertThat(verify.json().get("brokenAtSeq").isNull()).isTrue();
		assertThat(this.admin.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
	}

	@Test
	void platformChainPagesBySeqNewestFirst() {
		for (int i = 0; i < 3; i++) {
			this.admin.post("/api/v1/orgs", Map.of("name", "Paged " + UUID.randomUUID()));
		}
		JsonNode page = this.admin.get("/api/v1/audit?limit=2").json();
		assertThat(page.size()).isEqualTo(2);
		long newest = page.get(0).get("seq").asLong();
		assertThat(page.get(1).get("seq").asLong()).isEqualTo(newest - 1);
		JsonNode next = this.admin.get("/api/v1/audit?limit=2&before=" + (newest - 1)).json();
		assertThat(next.get(0).get("seq").asLong()).isEqualTo(newest - 2);
		assertThat(next.get(0).get("hash").asString()).isEqualTo(page.get(1).get("prevHash").asString());
	}

}
