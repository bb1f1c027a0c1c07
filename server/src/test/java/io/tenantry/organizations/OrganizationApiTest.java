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

	@Test
	void orgAdminUpdatesNameLicenceAndStaleness() {
		UUID org = this.fixtures.org("Northwind");
		Api orgAdmin = this.fixtures.login(this.fixtures.member(org, "ORG_ADMIN"));

		Response updated = orgAdmin.patch("/api/v1/orgs/" + org, Map.of("name", "Northwind Traders", "licenseType",
				"custom", "licenseLimit", 25, "scanStaleAfterDays", 14));

		assertThat(updated.status()).isEqualTo(200);
		Response read = orgAdmin.get("/api/v1/orgs/" + org);
		assertThat(read.json().get("name").asString()).isEqualTo("Northwind Traders");
		assertThat(read.json().get("licenseType").asString()).isEqualTo("custom");
		assertThat(read.json().get("licenseLimit").asInt()).isEqualTo(25);
		assertThat(read.json().get("scanStaleAfterDays").asInt()).isEqualTo(14);
	}

	@Test
	void patchLeavesAbsentFieldsAsTheyAre() {
		UUID org = this.fixtures.org("Partial");
		this.admin.patch("/api/v1/orgs/" + org, Map.of("licenseLimit", 10));

		Response read = this.admin.patch("/api/v1/orgs/" + org, Map.of("scanStaleAfterDays", 3));

		assertThat(read.json().get("licenseLimit").asInt()).isEqualTo(10);
		assertThat(read.json().get("name").asString()).startsWith("Partial");
	}

	@Test
	void rejectsInvalidLicenceAndStalenessFields() {
		UUID org = this.fixtures.org("Invalid");

		assertThat(this.admin.patch("/api/v1/orgs/" + org, Map.of("licenseLimit", -1)).status()).isEqualTo(400);
		assertThat(this.admin.patch("/api/v1/orgs/" + org, Map.of("scanStaleAfterDays", 0)).status()).isEqualTo(400);
		assertThat(this.admin.patch("/api/v1/orgs/" + org, Map.of("licenseType", "per-seat")).status()).isEqualTo(400);
		assertThat(this.admin.patch("/api/v1/orgs/" + org, Map.of("name", " ")).status()).isEqualTo(400);
		assertThat(this.admin.get("/api/v1/orgs/" + org).json().get("licenseLimit").asInt()).isZero();
	}

	@Test
	void onlySuperAdminTogglesTheMspPortal() {
		UUID org = this.fixtures.org("Msp toggle");
		Api orgAdmin = this.fixtures.login(this.fixtures.member(org, "ORG_ADMIN"));

		Response refused = orgAdmin.patch("/api/v1/orgs/" + org, Map.of("mspPortalEnabled", true, "licenseLimit", 5));
		Response done = this.admin.patch("/api/v1/orgs/" + org, Map.of("mspPortalEnabled", true));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("mspPortalEnabled").asBoolean()).isTrue();
		assertThat(done.json().get("licenseLimit").asInt()).isZero();
	}

	@Test
	void auditorMayNotChangeSettings() {
		UUID org = this.fixtures.org("Readers");
		Api auditor = this.fixtures.login(this.fixtures.member(org, "AUDITOR"));

		assertThat(auditor.patch("/api/v1/orgs/" + org, Map.of("licenseLimit", 3)).status()).isEqualTo(403);
	}

	@Test
	void outsiderGetsNotFoundForEveryOrgOperation() {
		UUID org = this.fixtures.org("Hidden");
		Api outsider = this.fixtures.login(this.fixtures.member(this.fixtures.org("Elsewhere"), "ORG_ADMIN"));

		assertThat(outsider.get("/api/v1/orgs/" + org).status()).isEqualTo(404);
		assertThat(outsider.patch("/api/v1/orgs/" + org, Map.of("licenseLimit", 3)).status()).isEqualTo(404);
		assertThat(outsider.post("/api/v1/orgs/" + org + "/archive", null).status()).isEqualTo(404);
		assertThat(outsider.get("/api/v1/orgs/" + org + "/members").status()).isEqualTo(404);
	}

	@Test
	void archivedOrgIsHiddenFromListsUnlessAskedFor() {
		UUID org = this.fixtures.org("Archivable");

		Response archived = this.admin.post("/api/v1/orgs/" + org + "/archive", null);

		assertThat(archived.status()).isEqualTo(200);
		assertThat(archived.json().get("archived").asBoolean()).isTrue();
		assertThat(ids(this.admin.get("/api/v1/orgs"))).doesNotContain(org.toString());
		assertThat(ids(this.admin.get("/api/v1/orgs?includeArchived=true"))).contains(org.toString());
		assertThat(this.admin.get("/api/v1/orgs/" + org).json().get("archived").asBoolean()).isTrue();
	}

	@Test
	void unarchiveRestoresTheOrg() {
		UUID org = this.fixtures.org("Restorable");
		this.fixtures.archive(org);

		Response restored = this.admin.post("/api/v1/orgs/" + org + "/unarchive", null);

		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.json().get("archived").asBoolean()).isFalse();
		assertThat(ids(this.admin.get("/api/v1/orgs"))).contains(org.toString());
	}

	@Test
	void onlySuperAdminArchives() {
		UUID org = this.fixtures.org("Keep");
		Api orgAdmin = this.fixtures.login(this.fixtures.member(org, "ORG_ADMIN"));

		assertThat(orgAdmin.post("/api/v1/orgs/" + org + "/archive", null).status()).isEqualTo(403);
		assertThat(orgAdmin.post("/api/v1/orgs/" + org + "/unarchive", null).status()).isEqualTo(403);
		assertThat(this.admin.get("/api/v1/orgs/" + org).json().get("archived").asBoolean()).isFalse();
	}

	@Test
	void archivedOrgIsReadOnlyForItsMembersButNotForSuperAdmins() {
		UUID org = this.fixtures.org("Frozen");
		Api orgAdmin = this.fixtures.login(this.fixtures.member(org, "ORG_ADMIN"));
		this.fixtures.archive(org);

		assertThat(orgAdmin.get("/api/v1/orgs/" + org).status()).isEqualTo(200);
		assertThat(orgAdmin.get("/api/v1/orgs/" + org + "/members").status()).isEqualTo(200);
		assertThat(orgAdmin.patch("/api/v1/orgs/" + org, Map.of("licenseLimit", 3)).status()).isEqualTo(403);
		assertThat(orgAdmin.post("/api/v1/orgs/" + org + "/members", Map.of("email", "x-" + UUID.randomUUID()
				+ "@example.test", "role", "VIEWER")).status()).isEqualTo(403);
		assertThat(this.admin.patch("/api/v1/orgs/" + org, Map.of("licenseLimit", 3)).status()).isEqualTo(200);
	}

	@Test
	void archivedOrgIsAbsentFromMembersOrgList() {
		UUID org = this.fixtures.org("Gone");
		Api viewer = this.fixtures.login(this.fixtures.member(org, "VIEWER"));
		this.fixtures.archive(org);

		assertThat(ids(viewer.get("/api/v1/orgs"))).doesNotContain(org.toString());
		assertThat(ids(viewer.get("/api/v1/orgs?includeArchived=true"))).contains(org.toString());
	}

	private static java.util.List<String> ids(Response list) {
		return list.json().valueStream().map((org) -> org.get("id").asString()).toList();
	}

}
