package io.tenantry.audit.web;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import io.tenantry.audit.AuditActor;
import io.tenantry.audit.AuditEvent;
import io.tenantry.test.Browser;
import io.tenantry.test.Browser.Page;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import io.tenantry.test.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log pages over real HTTP with a signed-in browser session. */
class AuditPagesTest extends IntegrationTest {

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactions;

	private UUID org;

	@BeforeEach
	void setUp() {
		this.org = this.fixtures.org("Audited");
	}

	@Test
	void auditorSeesTheActiveOrgsEntriesAValidBadgeAndTheExportLink() {
		Browser auditor = signedIn(this.fixtures.member(this.org, "AUDITOR"));
		record(AuditEvent.of(this.org, "test.page-shown", "target-1", Map.of("k", "v")));

		Page page = auditor.get("/audit");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html", "id=\"audit-entries\"", "test.page-shown", "target-1")
			.containsPattern("id=\"audit-verification\"[^>]*data-valid=\"true\"")
			.contains("Chain valid")
			.contains("href=\"/audit/export?orgId=" + this.org + "\"");
		Page export = auditor.get("/audit/export?orgId=" + this.org);
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.body().lines()).isNotEmpty().allMatch((line) -> line.startsWith("{\"orgId\":\"" + this.org + "\""));
	}

	@Test
	void aBrokenChainIsBadgedWithItsFirstBrokenSequenceNumber() throws Exception {
		Browser orgAdmin = signedIn(this.fixtures.member(this.org, "ORG_ADMIN"));
		for (int i = 0; i < 3; i++) {
			record(AuditEvent.of(this.org, "test.tampered", i, Map.of()));
		}
		long seq = lastSeq();
		try (Connection superuser = TestDatabase.superuserConnection(); Statement sql = superuser.createStatement()) {
			sql.execute("SET session_replication_role = replica");
			sql.executeUpdate("UPDATE audit_entries SET target = 'rewritten' WHERE org_id = '" + this.org + "' AND seq = "
					+ (seq - 1));
		}

		Page page = orgAdmin.get("/audit");

		assertThat(page.body()).containsPattern("id=\"audit-verification\"[^>]*data-valid=\"false\"")
			.contains("Chain broken at seq " + (seq - 1));
	}

	@Test
	void viewersAreForbiddenAndOutsidersFindNoPage() {
		assertThat(signedIn(this.fixtures.member(this.org, "VIEWER")).get("/audit").status()).isEqualTo(403);
		Browser outsider = signedIn(this.fixtures.user("outsider"));
		assertThat(outsider.get("/audit").status()).isEqualTo(404);
		assertThat(outsider.get("/audit?orgId=" + this.org).status()).isEqualTo(404);
		assertThat(outsider.get("/audit/export?orgId=" + this.org).status()).isEqualTo(404);
	}

	@Test
	void filtersByActorActionAndDays() {
		Browser auditor = signedIn(this.fixtures.member(this.org, "AUDITOR"));
		record(AuditEvent.of(this.org, "test.alpha", null, Map.of())
			.withActor(AuditActor.of(UUID.randomUUID(), "filtered-actor@example.test")));
		record(AuditEvent.of(this.org, "test.beta", null, Map.of()));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		assertThat(auditor.get("/audit?action=test.al").body()).contains("test.alpha").doesNotContain("test.beta");
		assertThat(auditor.get("/audit?actor=filtered-actor").body()).contains("test.alpha").doesNotContain("test.beta");
		assertThat(auditor.get("/audit?from=" + today.minusDays(1) + "&to=" + today.plusDays(1)).body())
			.contains("test.alpha", "test.beta");
		assertThat(auditor.get("/audit?from=" + today.plusDays(1)).body()).doesNotContain("test.alpha")
			.contains("id=\"audit-empty\"");
		assertThat(auditor.get("/audit?to=" + today.minusDays(1)).body()).doesNotContain("test.beta");
	}

	@Test
	void htmxRequestsGetTheEntriesFragmentAndPageOlderEntries() {
		Browser auditor = signedIn(this.fixtures.member(this.org, "AUDITOR"));
		for (int i = 0; i < AuditWebController.PAGE_SIZE + 5; i++) {
			record(AuditEvent.of(this.org, "test.paged", "entry-" + i, Map.of()));
		}

		Page first = auditor.getHtmx("/audit?action=test.paged");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).startsWith("<section").doesNotContain("<html", "audit-verification", "audit-filters");
		assertThat(rows(first)).isEqualTo(AuditWebController.PAGE_SIZE);
		assertThat(first.body()).contains("entry-" + (AuditWebController.PAGE_SIZE + 4)).doesNotContain("entry-4<");
		String older = attribute(first.body(), "audit-older");
		assertThat(older).contains("action=test.paged").contains("before=");

		Page second = auditor.getHtmx(older);
		assertThat(rows(second)).isEqualTo(5);
		assertThat(second.body()).contains("entry-0<", "entry-4<", "id=\"audit-newest\"").doesNotContain("audit-older");
	}

	@Test
	void platformPageIsForSuperAdminsOnly() {
		Browser superAdmin = signedIn(this.fixtures.superAdmin("root"));
		Page page = superAdmin.get("/admin/audit");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Platform audit log", "id=\"audit-verification\"", "href=\"/admin/audit/export\"");
		assertThat(superAdmin.get("/admin/audit/export").status()).isEqualTo(200);

		Browser orgAdmin = signedIn(this.fixtures.member(this.org, "ORG_ADMIN"));
		assertThat(orgAdmin.get("/admin/audit").status()).isEqualTo(404);
		assertThat(orgAdmin.get("/admin/audit/export").status()).isEqualTo(404);
	}

	private Browser signedIn(TestUser user) {
		Browser browser = browser();
		Page signedIn = browser.login(user.email(), Fixtures.PASSWORD);
		assertThat(signedIn.status()).as("sign-in of %s", user.email()).isEqualTo(302);
		return browser;
	}

	private void record(AuditEvent event) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private long lastSeq() {
		return this.fixtures.admin().get("/api/v1/orgs/" + this.org + "/audit?limit=1").json().get(0).get("seq").asLong();
	}

	private static int rows(Page page) {
		return page.body().split("class=\"audit-entry\"", -1).length - 1;
	}

	/** The href of the element with this id, unescaped. */
	private static String attribute(String html, String id) {
		int at = html.indexOf("id=\"" + id + "\"");
		int href = html.indexOf("href=\"", at) + 6;
		return html.substring(href, html.indexOf('"', href)).replace("&amp;", "&");
	}

}
