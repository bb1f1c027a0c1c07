package io.tenantry.portal;

import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Browser;
import io.tenantry.test.Browser.Page;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.TestMail;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The MSP side's Portal users page of a client, over HTTP through the real security chain. */
class PortalUsersPageTest extends PortalTest {

	@Test
	void thoseWhoManageTheClientsMembersHaveThePageAndNobodyElse() {
		Person clientOrgAdmin = member(this.client, "ORG_ADMIN");
		Person auditor = member(this.client, "AUDITOR");
		UUID operated = this.fixtures.org("Operated");
		addClient(this.msp, operated, "T2");
		Person stranger = member(this.fixtures.org("Stranger"), "ORG_ADMIN");

		assertThat(signIn(this.mspAdmin).get(page()).body()).contains("id=\"portal-users\"")
			.contains(this.clientAdmin.email());
		assertThat(signIn(clientOrgAdmin).get(page()).status()).isEqualTo(200);
		assertThat(signIn(this.fixtures.superAdmin("super")).get(page()).status()).isEqualTo(200);
		assertThat(signIn(auditor).get(page()).status()).isEqualTo(403);
		assertThat(signIn(this.mspAdmin).get("/orgs/" + operated + "/portal-users").status()).isEqualTo(403);
		assertThat(signIn(stranger).get(page()).status()).isEqualTo(404);
		assertThat(signIn(this.clientAdmin).get(page()).status()).isEqualTo(404);
	}

	@Test
	void theSidebarLinksThePageOnlyForThoseWhoManageMembers() {
		Person clientOrgAdmin = member(this.client, "ORG_ADMIN");
		Person viewer = member(this.client, "VIEWER");

		assertThat(signIn(clientOrgAdmin).get("/").body()).contains("id=\"nav-portal-users\"").contains("href=\"" + page() + "\"");
		assertThat(signIn(viewer).get("/").body()).doesNotContain("nav-portal-users");
	}

	@Test
	void listsOnlyPortalUsersWithTheirRoleAndStatus() {
		Person viewer = member(this.client, "CLIENT_VIEWER");
		TestUser invited = this.fixtures.invite(this.client, "CLIENT_VIEWER");
		Person clientOrgAdmin = member(this.client, "ORG_ADMIN");

		String body = signIn(this.mspAdmin).get(page()).body();

		assertThat(row(body, this.clientAdmin.id())).contains(this.clientAdmin.email()).contains("CLIENT_ADMIN\" selected")
			.contains(">ACTIVE<");
		assertThat(row(body, viewer.id())).contains("CLIENT_VIEWER\" selected");
		assertThat(row(body, invited.id())).contains(invited.email()).contains(">INVITED<");
		assertThat(body).doesNotContain(clientOrgAdmin.email());
	}

	@Test
	void invitingThroughThePageAddsThePortalUserAndMailsTheBrandedInvitation() {
		expect(200, this.mspAdmin.api().put("/api/v1/orgs/" + this.client + "/branding",
				Map.of("productName", "Fabrikam Secure", "primaryColor", "#123abc")));
		Browser browser = signIn(this.mspAdmin);
		browser.get(page());
		String email = "page-invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

		Page invited = browser.submit(page(), Map.of("email", email, "name", "Grace <Hopper>", "role", "CLIENT_ADMIN"));

		assertThat(invited.redirectsTo(page())).isTrue();
		JsonNode member = member(email);
		assertThat(member.get("role").asString()).isEqualTo("CLIENT_ADMIN");
		assertThat(member.get("name").asString()).isEqualTo("Grace <Hopper>");
		assertThat(browser.get(page()).body()).contains(email).contains("Grace &lt;Hopper&gt;").doesNotContain("Grace <Hopper>");
		TestMail.Mail mail = TestMail.awaitMailTo(email);
		assertThat(mail.subject()).isEqualTo("You are invited to Fabrikam Secure");
		assertThat(mail.html()).contains("Hello Grace &lt;Hopper&gt;,").doesNotContain("<Hopper>");
	}

	@Test
	void refusedInvitationsShowTheirReasonsInTheFormAndAddNobody() {
		Browser browser = signIn(this.mspAdmin);
		browser.get(page());

		Page badEmail = browser.submit(page(), Map.of("email", "not-an-email", "name", "", "role", "CLIENT_VIEWER"));
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.body()).contains("id=\"invite-email-error\"").contains("value=\"not-an-email\"");

		String email = "would-be-admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		Page notPortal = browser.submit(page(), Map.of("email", email, "name", "", "role", "ORG_ADMIN"));
		assertThat(notPortal.status()).isEqualTo(400);
		assertThat(notPortal.body()).contains("id=\"invite-role-error\"").contains("must be CLIENT_ADMIN or CLIENT_VIEWER");

		Page twice = browser.submit(page(), Map.of("email", this.clientAdmin.email(), "name", "", "role", "CLIENT_VIEWER"));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.body()).contains("id=\"invite-error\"").contains("already a member");

		assertThat(expect(200, this.admin.get(members())).json().valueStream()
			.filter((m) -> m.get("email").asString().equals(email))).isEmpty();
		assertThat(TestMail.mailsTo(email)).isEmpty();
	}

	@Test
	void changesARoleAsAnHtmxRowOrAPlainPost() {
		Person viewer = member(this.client, "CLIENT_VIEWER");
		Browser browser = signIn(this.mspAdmin);
		browser.get(page());

		Page row = browser.submitHtmx(page() + "/" + viewer.id() + "/role", Map.of("role", "CLIENT_ADMIN"));

		assertThat(row.status()).isEqualTo(200);
		assertThat(row.body()).startsWith("<tr").contains("id=\"portal-user-" + viewer.id() + "\"")
			.contains("CLIENT_ADMIN\" selected").doesNotContain("<html");
		assertThat(member(viewer.email()).get("role").asString()).isEqualTo("CLIENT_ADMIN");

		assertThat(browser.submit(page() + "/" + viewer.id() + "/role", Map.of("role", "CLIENT_VIEWER")).redirectsTo(page()))
			.isTrue();
		assertThat(member(viewer.email()).get("role").asString()).isEqualTo("CLIENT_VIEWER");
		assertThat(browser.submit(page() + "/" + viewer.id() + "/role", Map.of("role", "ORG_ADMIN")).status())
			.isEqualTo(400);
		assertThat(member(viewer.email()).get("role").asString()).isEqualTo("CLIENT_VIEWER");
	}

	@Test
	void removesPortalUsersButNoOtherMember() {
		Person viewer = member(this.client, "CLIENT_VIEWER");
		Person clientOrgAdmin = member(this.client, "ORG_ADMIN");
		Browser browser = signIn(this.mspAdmin);
		browser.get(page());

		assertThat(browser.submitHtmx(page() + "/" + viewer.id() + "/remove", Map.of()).status()).isEqualTo(200);
		assertThat(browser.submit(page() + "/" + clientOrgAdmin.id() + "/remove", Map.of()).status()).isEqualTo(404);

		assertThat(memberOrNull(viewer.email())).isNull();
		assertThat(memberOrNull(clientOrgAdmin.email())).isNotNull();
		JsonNode audit = expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/audit")).json();
		assertThat(audit.valueStream().filter((entry) -> entry.get("action").asString().equals("member.removed")
				&& entry.get("target").asString().equals(viewer.id().toString()))).hasSize(1);
	}

	private Browser signIn(Person person) {
		Browser browser = browser();
		browser.login(person.email(), Fixtures.PASSWORD);
		return browser;
	}

	private Browser signIn(TestUser user) {
		Browser browser = browser();
		browser.login(user.email(), Fixtures.PASSWORD);
		return browser;
	}

	private JsonNode member(String email) {
		JsonNode member = memberOrNull(email);
		assertThat(member).as("member " + email).isNotNull();
		return member;
	}

	private JsonNode memberOrNull(String email) {
		return expect(200, this.admin.get(members())).json()
			.valueStream()
			.filter((m) -> m.get("email").asString().equalsIgnoreCase(email))
			.findFirst()
			.orElse(null);
	}

	/** The table row of one user. */
	private static String row(String body, UUID userId) {
		int start = body.indexOf("id=\"portal-user-" + userId + "\"");
		assertThat(start).as("row of " + userId).isNotNegative();
		return body.substring(start, body.indexOf("</tr>", start));
	}

	private String page() {
		return "/orgs/" + this.client + "/portal-users";
	}

	private String members() {
		return "/api/v1/orgs/" + this.client + "/members";
	}

}
