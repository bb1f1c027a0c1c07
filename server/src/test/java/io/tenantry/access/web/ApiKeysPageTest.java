package io.tenantry.access.web;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tenantry.test.Browser;
import io.tenantry.test.Browser.Page;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The API keys settings page over real HTTP: listing, creating (the key shown once) and revoking. */
class ApiKeysPageTest extends IntegrationTest {

	private static final Pattern SECRET = Pattern.compile("id=\"api-key-secret\"[^>]*>(tnt_[A-Za-z0-9_-]+)<");

	private UUID orgId;

	private String page;

	@BeforeEach
	void createOrg() {
		this.orgId = this.fixtures.org("Keys page");
		this.page = "/orgs/" + this.orgId + "/settings/api-keys";
	}

	@Test
	void orgAdminCreatesAKeySeenOnceAndRevokesIt() {
		Browser admin = signIn(this.fixtures.member(this.orgId, "ORG_ADMIN"));
		Page empty = admin.get(this.page);
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("id=\"nav-settings-api-keys\"", "id=\"no-api-keys\"");

		Page created = admin.submit(this.page, Map.of("name", "Page agent", "expiresOn", "2099-12-31"));

		assertThat(created.status()).isEqualTo(201);
		Matcher secret = SECRET.matcher(created.body());
		assertThat(secret.find()).as(created.body()).isTrue();
		String key = secret.group(1);
		assertThat(this.api.as(key).get("/api/v1/orgs/" + this.orgId + "/controls").status()).isEqualTo(200);
		JsonNode listed = this.fixtures.admin().get("/api/v1/orgs/" + this.orgId + "/api-keys").json().get(0);
		assertThat(listed.get("expiresAt").asString()).isEqualTo("2100-01-01T00:00:00Z");
		Page shown = admin.get(this.page);
		assertThat(shown.body()).contains("Page agent", listed.get("prefix").asString(), "Active").doesNotContain(key);

		Page revoked = admin.submit(this.page + "/" + listed.get("id").asString() + "/revoke", Map.of());

		assertThat(revoked.redirectsTo(this.page)).as(revoked.toString()).isTrue();
		assertThat(admin.get(this.page).body()).contains("Revoked");
		assertThat(this.api.as(key).get("/api/v1/orgs/" + this.orgId + "/controls").status()).isEqualTo(401);
	}

	@Test
	void invalidFormsShowTheReasonAndStoreNothing() {
		Browser admin = signIn(this.fixtures.member(this.orgId, "ORG_ADMIN"));
		admin.get(this.page);

		Page blank = admin.submit(this.page, Map.of("name", ""));
		admin.get(this.page);
		Page past = admin.submit(this.page, Map.of("name", "Late", "expiresOn", "2000-01-01"));

		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("id=\"api-key-name-error\"");
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.body()).contains("id=\"api-key-expires-on-error\"", "must be in the future");
		assertThat(this.fixtures.admin().get("/api/v1/orgs/" + this.orgId + "/api-keys").json().isEmpty()).isTrue();
	}

	@Test
	void withoutTheCapabilityThereIsNoLinkAndNoPage() {
		Browser auditor = signIn(this.fixtures.member(this.orgId, "AUDITOR"));
		Browser outsider = signIn(this.fixtures.user("outsider"));

		assertThat(auditor.get("/orgs/" + this.orgId + "/scans").body()).doesNotContain("nav-settings-api-keys");
		assertThat(auditor.get(this.page).status()).isEqualTo(403);
		assertThat(auditor.submit(this.page, Map.of("name", "Sneaky")).status()).isEqualTo(403);
		assertThat(outsider.get(this.page).status()).isEqualTo(404);
	}

	private Browser signIn(TestUser user) {
		Browser browser = browser();
		assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(302);
		return browser;
	}

}
