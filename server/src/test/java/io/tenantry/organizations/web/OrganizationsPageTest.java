package io.tenantry.organizations.web;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationsPageTest extends IntegrationTest {

	private PageSession superAdmin;

	@BeforeEach
	void signIn() {
		TestUser admin = this.fixtures.superAdmin("page-admin");
		this.superAdmin = PageSession.login(baseUrl(), admin.email(), Fixtures.PASSWORD);
	}

	@Test
	void onlySuperAdminsHaveThePage() {
		TestUser orgAdmin = this.fixtures.member(this.fixtures.org("Not yours"), "ORG_ADMIN");
		PageSession session = PageSession.login(baseUrl(), orgAdmin.email(), Fixtures.PASSWORD);

		assertThat(this.superAdmin.get("/msp/organizations").statusCode()).isEqualTo(200);
		assertThat(session.get("/msp/organizations").statusCode()).isEqualTo(404);
	}

	@Test
	void createsAnOrgAndOpensItsPanel() {
		this.superAdmin.get("/msp/organizations");
		String name = "Paged " + UUID.randomUUID();

		HttpResponse<String> created = this.superAdmin.post("/msp/organizations",
				Map.of("name", name, "mspPortalEnabled", "true"), false);

		assertThat(created.statusCode()).isEqualTo(302);
		String panel = this.superAdmin.get(java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath())
			.body();
		assertThat(panel).contains(name).contains("This is a Managed Service Provider org");
		assertThat(panel).containsPattern("id=\"msp-portal-enabled\"[^>]*checked");
	}

	@Test
	void searchAnswersTheListFragmentToHtmxAndThePageOtherwise() {
		String name = "Findable-" + UUID.randomUUID();
		this.fixtures.org(name);
		this.fixtures.org("Unrelated");

		String fragment = this.superAdmin.getHtmx("/msp/organizations?q=" + name.substring(0, 20)).body();
		String page = this.superAdmin.get("/msp/organizations?q=" + name.substring(0, 20)).body();

		assertThat(fragment).contains(name).doesNotContain("Unrelated").doesNotContain("<html");
		assertThat(page).contains(name).contains("<html").contains("id=\"org-search\"");
	}

	@Test
	void addsChangesAndRemovesMembersInThePanel() {
		UUID org = this.fixtures.org("Panel");
		String email = "panel-" + UUID.randomUUID() + "@example.test";
		String base = "/msp/organizations/" + org;
		this.superAdmin.get(base);

		String added = this.superAdmin.post(base + "/members", Map.of("email", email, "role", "ORG_ADMIN"), true).body();

		assertThat(added).contains(email).doesNotContain("<html");
		String userId = this.fixtures.admin().get("/api/v1/orgs/" + org + "/members").json().get(0).get("userId").asString();
		String refused = this.superAdmin.post(base + "/members/" + userId + "/role", Map.of("role", "VIEWER"), true).body();
		assertThat(refused).contains("id=\"org-error\"").contains("at least one OrgAdmin");
		this.superAdmin.post(base + "/members", Map.of("email", "second-" + email, "role", "ORG_ADMIN"), true);
		assertThat(this.superAdmin.post(base + "/members/" + userId + "/role", Map.of("role", "VIEWER"), true).body())
			.doesNotContain("org-error");
		assertThat(this.superAdmin.post(base + "/members/" + userId + "/remove", Map.of(), true).body())
			.doesNotContain(">" + email + "<");
	}

	@Test
	void savesSettingsAndArchives() {
		UUID org = this.fixtures.org("Settings page");
		String base = "/msp/organizations/" + org;
		this.superAdmin.get(base);

		this.superAdmin.post(base, Map.of("name", "Renamed " + org, "licenseType", "custom", "licenseLimit", "12",
				"scanStaleAfterDays", "5", "mspPortalEnabled", "true"), true);
		String archived = this.superAdmin.post(base + "/archive", Map.of(), true).body();

		var read = this.fixtures.admin().get("/api/v1/orgs/" + org).json();
		assertThat(read.get("name").asString()).isEqualTo("Renamed " + org);
		assertThat(read.get("licenseLimit").asInt()).isEqualTo(12);
		assertThat(read.get("mspPortalEnabled").asBoolean()).isTrue();
		assertThat(read.get("archived").asBoolean()).isTrue();
		assertThat(archived).contains("id=\"unarchive-org\"");
	}

	@Test
	void invalidSettingsShowTheReasonAndChangeNothing() {
		UUID org = this.fixtures.org("Invalid page");
		String base = "/msp/organizations/" + org;
		this.superAdmin.get(base);

		String answer = this.superAdmin.post(base, Map.of("licenseLimit", "-3"), true).body();

		assertThat(answer).contains("id=\"org-error\"");
		assertThat(this.fixtures.admin().get("/api/v1/orgs/" + org).json().get("licenseLimit").asInt()).isZero();
	}

}
