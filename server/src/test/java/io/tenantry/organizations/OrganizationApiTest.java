package io.tenantry.organizations;

import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationApiTest extends IntegrationTest {

	private Api admin;

	@BeforeEach
	void login() {
		this.admin = this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	@Test
	void superAdminCreatesAnOrgWithDefaults() {
		Response created = this.admin.post("/api/v1/orgs", Map.of("name", "Contoso " + UUID.randomUUID()));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("licenseType").asString()).isEqualTo("per-user-all-features");
		assertThat(created.json().get("licenseLimit").asInt()).isZero();
		assertThat(created.json().get("scanStaleAfterDays").asInt()).isEqualTo(7);
		assertThat(created.json().get("mspPortalEnabled").asBoolean()).isFalse();
		String id = created.json().get("id").asString();
		assertThat(this.admin.get("/api/v1/orgs/" + id).json().get("name").asString()).startsWith("Contoso");
	}

	@Test
	void unknownOrgIsNotFound() {
		assertThat(this.admin.get("/api/v1/orgs/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void meListsReachableOrgsWithCapabilities() {
		String id = this.admin.post("/api/v1/orgs", Map.of("name", "Fabrikam " + UUID.randomUUID()))
			.json()
			.get("id")
			.asString();

		Response me = this.admin.get("/api/v1/me");

		assertThat(me.json().get("superAdmin").asBoolean()).isTrue();
		assertThat(me.json().get("orgs").valueStream().filter((org) -> org.get("id").asString().equals(id)))
			.singleElement()
			.satisfies((org) -> {
				assertThat(org.get("via").asString()).isEqualTo("SUPER_ADMIN");
				assertThat(org.get("capabilities").valueStream().map((c) -> c.asString())).contains("msp:manage");
			});
	}

}
