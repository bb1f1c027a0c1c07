package io.tenantry.organizations;

import java.util.List;
import java.util.UUID;

import io.tenantry.test.Api.Response;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class MeApiTest extends IntegrationTest {

	@ParameterizedTest
	@CsvSource({ "ORG_ADMIN, members:manage|settings:manage|branding:manage|scan:trigger|compliance:read, msp:manage",
			"AUDITOR, override:create|comment:create|compliance:read, scan:trigger|members:manage",
			"VIEWER, compliance:read, override:create|members:manage",
			"CLIENT_ADMIN, compliance:read|changerequest:create, override:create|members:manage",
			"CLIENT_VIEWER, compliance:read, changerequest:create|members:manage" })
	void showsTheMembersRoleAndCapabilities(String role, String has, String lacks) {
		UUID org = this.fixtures.org("Me " + role);

		Response me = this.fixtures.login(this.fixtures.member(org, role)).get("/api/v1/me");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("superAdmin").asBoolean()).isFalse();
		JsonNode entry = entry(me, org);
		assertThat(entry.get("role").asString()).isEqualTo(role);
		assertThat(entry.get("via").asString()).isEqualTo("MEMBER");
		assertThat(entry.get("tier").isNull()).isTrue();
		assertThat(capabilities(entry)).contains(has.split("\\|")).doesNotContain(lacks.split("\\|"));
	}

	@Test
	void mspOrgAdminAlsoManagesTheMsp() {
		UUID msp = this.fixtures.org("Me msp", true);

		Response me = this.fixtures.login(this.fixtures.member(msp, "ORG_ADMIN")).get("/api/v1/me");

		assertThat(capabilities(entry(me, msp))).contains("msp:manage");
	}

	@Test
	void listsOnlyTheUsersOwnUnarchivedOrgs() {
		UUID mine = this.fixtures.org("Mine");
		UUID archived = this.fixtures.org("Archived mine");
		UUID foreign = this.fixtures.org("Foreign");
		var user = this.fixtures.member(mine, "VIEWER");
		this.fixtures.addMember(archived, user, "VIEWER");
		this.fixtures.archive(archived);

		Response me = this.fixtures.login(user).get("/api/v1/me");

		assertThat(me.json().get("email").asString()).isEqualTo(user.email());
		assertThat(me.json().get("id").asString()).isEqualTo(user.id().toString());
		assertThat(me.json().get("orgs").valueStream().map((org) -> org.get("id").asString()))
			.containsExactly(mine.toString())
			.doesNotContain(foreign.toString(), archived.toString());
	}

	@Test
	void anonymousCallerIsUnauthorized() {
		assertThat(this.api.get("/api/v1/me").status()).isEqualTo(401);
	}

	private static JsonNode entry(Response me, UUID org) {
		return me.json()
			.get("orgs")
			.valueStream()
			.filter((node) -> node.get("id").asString().equals(org.toString()))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> capabilities(JsonNode entry) {
		return entry.get("capabilities").valueStream().map(JsonNode::asString).toList();
	}

}
