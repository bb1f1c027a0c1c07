package io.tenantry.scanning;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.tenantry.scanning.Runbook.Behaviour;
import io.tenantry.test.Browser;
import io.tenantry.test.Browser.Page;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Cloud Scanning settings page, "Run scan now" and the scans list's progress, over real HTTP. */
class ScanningPagesTest extends IntegrationTest {

	private static final String PUBLIC_HOOK = "https://93.184.215.14/hook";

	private UUID orgId;

	private String settingsPage;

	@BeforeEach
	void createOrg() {
		this.orgId = this.fixtures.org("Cloud scanning");
		this.settingsPage = "/orgs/" + this.orgId + "/settings/scanning";
	}

	@Test
	void orgAdminSeesTheSettingsAndSavesThemWithAWriteOnlySecret() {
		Browser admin = signIn(this.fixtures.member(this.orgId, "ORG_ADMIN"));
		Page empty = admin.get(this.settingsPage);
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("id=\"nav-settings-scanning\"", "No secret is set.", "id=\"run-scan-now\"",
				"id=\"import-form\"");

		Page saved = admin.submit(this.settingsPage, form(PUBLIC_HOOK, "runbook-secret", "7", "WEEKLY"));

		assertThat(saved.redirectsTo(this.settingsPage)).as(saved.toString()).isTrue();
		Page shown = admin.get(this.settingsPage);
		assertThat(shown.body()).contains("Settings saved.", "A secret is set.", PUBLIC_HOOK, "value=\"7\"")
			.doesNotContain("runbook-secret");
		JsonNode settings = settings();
		assertThat(settings.get("webhookSecretSet").asBoolean()).isTrue();
		assertThat(settings.get("scanStaleAfterDays").asInt()).isEqualTo(7);
		assertThat(settings.get("schedule").asString()).isEqualTo("WEEKLY");

		admin.submit(this.settingsPage, form(PUBLIC_HOOK, "", "7", "WEEKLY"));
		assertThat(settings().get("webhookSecretSet").asBoolean()).isTrue();
		admin.get(this.settingsPage);
		Map<String, String> remove = form(PUBLIC_HOOK, "", "7", "WEEKLY");
		remove.put("removeSecret", "true");
		admin.submit(this.settingsPage, remove);
		assertThat(settings().get("webhookSecretSet").asBoolean()).isFalse();
	}

	@Test
	void auditorsAreRefusedAndSeeNoLinkWhileOutsidersFindNoPage() {
		Browser auditor = signIn(this.fixtures.member(this.orgId, "AUDITOR"));
		Browser outsider = signIn(this.fixtures.user("outsider"));

		assertThat(auditor.get("/orgs/" + this.orgId + "/scans").body()).doesNotContain("nav-settings-scanning");
		assertThat(auditor.get(this.settingsPage).status()).isEqualTo(403);
		assertThat(auditor.submit(this.settingsPage, form(PUBLIC_HOOK, "x", "7", "DAILY")).status()).isEqualTo(403);
		assertThat(auditor.submit("/orgs/" + this.orgId + "/scans", Map.of()).status()).isEqualTo(403);
		assertThat(outsider.get(this.settingsPage).status()).isEqualTo(404);
		outsider.get("/");
		assertThat(outsider.submit(this.settingsPage, form(PUBLIC_HOOK, "x", "7", "DAILY")).status()).isEqualTo(404);
		assertThat(settings().get("webhookUrl").isNull()).isTrue();
	}

	@Test
	void invalidOrRefusedSettingsShowInTheFormAndNothingIsSaved() {
		Browser admin = signIn(this.fixtures.member(this.orgId, "ORG_ADMIN"));
		admin.get(this.settingsPage);
		admin.submit(this.settingsPage, form(PUBLIC_HOOK, "kept-secret", "7", "DAILY"));
		admin.get(this.settingsPage);

		Page invalid = admin.submit(this.settingsPage, form("https://93.184.215.14/other", "", "0", "WEEKLY"));
		Page refused = admin.submit(this.settingsPage, form("https://10.1.2.3/hook", "new-secret", "3", "WEEKLY"));

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("id=\"scan-stale-after-days\"", "is-invalid", "https://93.184.215.14/other");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"scan-settings-error\"", "https://10.1.2.3/hook");
		JsonNode settings = settings();
		assertThat(settings.get("webhookUrl").asString()).isEqualTo(PUBLIC_HOOK);
		assertThat(settings.get("scanStaleAfterDays").asInt()).isEqualTo(7);
		assertThat(settings.get("schedule").asString()).isEqualTo("DAILY");
	}

	@Test
	void runScanNowShowsTheScanRunningInAListThatPollsUntilItCompletes() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.ACCEPT_ONLY)) {
			Browser admin = adminWithWebhook(runbook);

			Page ran = admin.submit("/orgs/" + this.orgId + "/scans", Map.of());

			assertThat(ran.redirectsTo("/orgs/" + this.orgId + "/scans")).as(ran.toString()).isTrue();
			Page running = admin.get("/orgs/" + this.orgId + "/scans");
			assertThat(running.body()).contains("<html", "data-status=\"RUNNING\"", "hx-trigger=\"every 2s\"",
					"progress-bar", " ago");
			Page fragment = admin.getHtmx("/orgs/" + this.orgId + "/scans");
			assertThat(fragment.body()).contains("id=\"scan-list\"", "hx-trigger=\"every 2s\"").doesNotContain("<html");

			runbook.callBack(runbook.calls.get(0).payload());

			Page completed = admin.getHtmx("/orgs/" + this.orgId + "/scans");
			assertThat(runbook.callbackAnswers).containsExactly("200");
			assertThat(completed.body()).contains("data-status=\"COMPLETED\"").doesNotContain("hx-trigger", "<html");
		}
	}

	@Test
	void scanPageShowsWhyAScanFailed() throws Exception {
		try (Runbook runbook = new Runbook(Behaviour.REDIRECT)) {
			Browser admin = adminWithWebhook(runbook);
			JsonNode failed = this.fixtures.admin().post("/api/v1/orgs/" + this.orgId + "/scans", null).json();
			assertThat(failed.get("status").asString()).isEqualTo("FAILED");

			Page page = admin.get("/orgs/" + this.orgId + "/scans/" + failed.get("id").asString());

			assertThat(failed.get("failureReason").asString()).isNotBlank();
			assertThat(page.body()).contains("id=\"failure-reason\"", failed.get("failureReason").asString(), "FAILED");
		}
	}

	/** An OrgAdmin's browser, after saving the runbook's webhook on the settings page. */
	private Browser adminWithWebhook(Runbook runbook) {
		Browser admin = signIn(this.fixtures.member(this.orgId, "ORG_ADMIN"));
		admin.get(this.settingsPage);
		assertThat(admin.submit(this.settingsPage, form(runbook.url(), "runbook-secret", "7", "NONE"))
			.redirectsTo(this.settingsPage)).isTrue();
		admin.get(this.settingsPage);
		return admin;
	}

	private Browser signIn(TestUser user) {
		Browser browser = browser();
		assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(302);
		return browser;
	}

	private static Map<String, String> form(String webhookUrl, String secret, String staleAfterDays, String schedule) {
		Map<String, String> form = new HashMap<>();
		form.put("webhookUrl", webhookUrl);
		form.put("webhookSecret", secret);
		form.put("remediationWebhookUrl", "");
		form.put("scanStaleAfterDays", staleAfterDays);
		form.put("schedule", schedule);
		return form;
	}

	private JsonNode settings() {
		return this.fixtures.admin().get("/api/v1/orgs/" + this.orgId + "/scan-settings").json();
	}

}
