package io.tenantry.portal;

import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Browser;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.TestMail;
import io.tenantry.test.TestMail.Mail;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Portal users' mails in the client's white-label identity, and change-request mails, as they
 * arrive at a real SMTP server.
 */
class PortalMailTest extends PortalTest {

	private static final String NEW_PASSWORD = "a portal passphrase of mine";

	@Test
	void aNewPortalUserIsInvitedInTheClientsBrandingAndTheLinkOpensThePortal() {
		String host = brand("Fabrikam Secure", "#123abc", "help@fabrikam.example");
		expect(200, this.mspAdmin.api().send("PUT", "/api/v1/orgs/" + this.client + "/branding/logo",
				BodyPublishers.ofByteArray(BrandingApiTest.PNG), "image/png"));
		String email = newEmail();

		expect(201, this.mspAdmin.api().post(members(), Map.of("email", email, "role", "CLIENT_ADMIN")));

		Mail mail = TestMail.awaitMailTo(email);
		assertThat(mail.from()).contains("Fabrikam Secure");
		assertThat(mail.replyTo()).isEqualTo("help@fabrikam.example");
		assertThat(mail.subject()).isEqualTo("You are invited to Fabrikam Secure");
		assertThat(mail.body()).contains("Fabrikam Secure").contains("help@fabrikam.example");
		assertThat(mail.html()).contains("#123abc").contains("src=\"cid:logo\"").contains("Fabrikam Secure");
		assertThat(mail.inlineIds()).containsExactly("<logo>");
		assertThat(mail.raw()).contains("multipart/alternative");
		assertNoPlatformName(mail);
		assertThat(URI.create(mail.link()).getHost()).isEqualTo(host);
		assertThat(mail.link()).startsWith("https://" + host + "/invite/");

		Browser browser = browser();
		browser.get(mail.linkPath());
		assertThat(browser.submit(mail.linkPath(), Map.of("password", NEW_PASSWORD)).redirectsTo("/login")).isTrue();
		Browser signedIn = browser();
		assertThat(signedIn.login(email, NEW_PASSWORD).status()).isEqualTo(302);
		assertThat(signedIn.get("/portal").status()).isEqualTo(200);
	}

	@Test
	void withoutBrandingTheInvitationUsesTheNeutralDefaultAndThePublicUrl() {
		String email = newEmail();

		expect(201, this.mspAdmin.api().post(members(), Map.of("email", email, "role", "CLIENT_VIEWER")));

		Mail mail = TestMail.awaitMailTo(email);
		assertThat(mail.from()).contains(Branding.DEFAULT.productName());
		assertThat(mail.replyTo()).isNull();
		assertThat(mail.subject()).isEqualTo("You are invited to " + Branding.DEFAULT.productName());
		assertThat(mail.html()).contains(Branding.DEFAULT.primaryColor()).doesNotContain("cid:");
		assertThat(mail.inlineIds()).isEmpty();
		assertNoPlatformName(mail);
		assertThat(mail.link()).startsWith(baseUrl() + "/invite/");
	}

	@Test
	void otherRolesKeepThePlatformsPlainInvitation() {
		brand("Fabrikam Secure", "#123abc", null);
		String email = newEmail();

		expect(201, this.mspAdmin.api().post(members(), Map.of("email", email, "role", "AUDITOR")));

		Mail mail = TestMail.awaitMailTo(email);
		assertThat(mail.subject()).isEqualTo("You are invited to Tenantry");
		assertThat(mail.html()).isNull();
		assertThat(mail.body()).doesNotContain("Fabrikam Secure");
	}

	@Test
	void anExistingUserAddedToThePortalIsToldInTheClientsBranding() {
		String host = brand("Fabrikam Secure", "#123abc", null);
		TestUser existing = this.fixtures.user("existing");

		expect(201, this.mspAdmin.api().post(members(), Map.of("email", existing.email(), "role", "CLIENT_VIEWER")));

		Mail mail = TestMail.awaitMailTo(existing.email());
		assertThat(mail.subject()).isEqualTo("You now have access to Fabrikam Secure");
		assertThat(mail.from()).contains("Fabrikam Secure");
		assertThat(mail.link()).isEqualTo("https://" + host + "/portal");
		assertThat(mail.body()).doesNotContain("/invite/");
		assertNoPlatformName(mail);
	}

	@Test
	void aNewRequestIsMailedToTheMspAdminsAndTheTechniciansWhoReachTheClient() {
		TestUser granted = this.fixtures.member(this.msp, "SERVICE_PROVIDER");
		this.fixtures.grantClients(this.msp, granted.id(), this.client);
		TestUser ungranted = this.fixtures.member(this.msp, "SERVICE_PROVIDER");
		UUID elsewhere = this.fixtures.org("Elsewhere");
		this.fixtures.relate(this.msp, elsewhere, "T3");
		this.fixtures.grantClients(this.msp, ungranted.id(), elsewhere);
		TestUser suspended = this.fixtures.member(this.msp, "ORG_ADMIN");
		this.fixtures.suspend(suspended);
		UUID otherMsp = this.fixtures.org("Other MSP", true);
		this.fixtures.relate(otherMsp, this.fixtures.org("Other client"), "T3");
		TestUser otherAdmin = this.fixtures.member(otherMsp, "ORG_ADMIN");

		expect(201, this.clientAdmin.api().post(requests(), Map.of("kind", "other", "details", "Rename the tenant")));

		for (String recipient : List.of(this.mspAdmin.email(), granted.email())) {
			Mail mail = TestMail.awaitMailTo(recipient);
			assertThat(mail.subject()).startsWith("New change request from Client ");
			assertThat(mail.body()).contains(this.clientAdmin.email()).contains("Kind: other")
				.contains("Details: Rename the tenant")
				.contains(baseUrl() + "/msp/change-requests");
		}
		// Mails go out before the request is answered, so nothing more is on its way.
		assertThat(TestMail.mailsTo(ungranted.email())).isEmpty();
		assertThat(TestMail.mailsTo(suspended.email())).isEmpty();
		assertThat(TestMail.mailsTo(otherAdmin.email())).isEmpty();
	}

	@Test
	void aMemberRequestNamesItsTarget() {
		Person viewer = member(this.client, "CLIENT_VIEWER");

		expect(201, this.clientAdmin.api().post(requests(),
				Map.of("kind", "change-role", "target", viewer.id().toString(), "details", Map.of("role", "CLIENT_ADMIN"))));

		Mail mail = TestMail.awaitMailTo(this.mspAdmin.email());
		assertThat(mail.body()).contains("Kind: change-role").contains("Target: " + viewer.email()).contains("CLIENT_ADMIN");
	}

	@Test
	void withoutAnMspTheSuperAdminsHearOfANewRequestAndDecideItFromTheLink() {
		UUID solo = this.fixtures.org("Solo");
		TestUser orgAdmin = this.fixtures.member(solo, "ORG_ADMIN");
		TestUser superAdmin = this.fixtures.superAdmin("decider");
		TestUser suspended = this.fixtures.superAdmin("suspended");
		this.fixtures.suspend(suspended);
		Person requester = member(solo, "CLIENT_ADMIN");

		String id = expect(201, requester.api().post("/api/v1/orgs/" + solo + "/change-requests",
				Map.of("kind", "other", "details", "Add a framework")))
			.json()
			.get("id")
			.asString();

		Mail mail = TestMail.awaitMailTo(superAdmin.email());
		assertThat(mail.body()).contains("Details: Add a framework");
		assertThat(mail.link()).isEqualTo(baseUrl() + "/msp/change-requests?clientOrgId=" + solo + "&status=OPEN");
		assertThat(TestMail.mailsTo(orgAdmin.email())).isEmpty();
		assertThat(TestMail.mailsTo(suspended.email())).isEmpty();
		Browser browser = browser();
		browser.login(superAdmin.email(), Fixtures.PASSWORD);
		String queue = browser.get(mail.link()).body();
		assertThat(queue).contains(requester.email()).contains("/msp/change-requests/" + solo + "/" + id + "/approve");
		assertThat(browser.submit("/msp/change-requests/" + solo + "/" + id + "/approve", Map.of("comment", "Added"))
			.redirectsTo("/msp/change-requests")).isTrue();
		assertThat(expect(200, this.admin.get("/api/v1/orgs/" + solo + "/change-requests")).json().get(0).get("status")
			.asString()).isEqualTo("APPROVED");
	}

	@Test
	void theRequesterHearsOfTheDecisionWithTheCommentInTheClientsBranding() {
		brand("Fabrikam Secure", "#123abc", null);
		String approved = raise(Map.of("kind", "other", "details", "Rename the tenant"));
		String rejected = raise(Map.of("kind", "other", "details", "Drop MFA"));
		int before = TestMail.mailsTo(this.clientAdmin.email()).size();

		expect(200, this.mspAdmin.api().post(requests() + "/" + approved + "/approve", Map.of("comment", "Renamed tonight")));
		expect(200, this.mspAdmin.api().post(requests() + "/" + rejected + "/reject", Map.of("comment", "MFA stays on")));

		List<Mail> mails = TestMail.mailsTo(this.clientAdmin.email());
		assertThat(mails).hasSize(before + 2);
		Mail approval = mails.get(before);
		assertThat(approval.subject()).isEqualTo("Your change request was approved");
		assertThat(approval.from()).contains("Fabrikam Secure");
		assertThat(approval.body()).contains("Rename the tenant").contains("Comment: Renamed tonight");
		assertThat(approval.html()).contains("Renamed tonight").contains("#123abc");
		assertNoPlatformName(approval);
		Mail rejection = mails.get(before + 1);
		assertThat(rejection.subject()).isEqualTo("Your change request was rejected");
		assertThat(rejection.body()).contains("Drop MFA").contains("Comment: MFA stays on");
	}

	@Test
	void aRejectedMemberRequestInvitesNobodyAndARefusedApprovalMailsNothing() {
		String invitee = newEmail();
		String rejected = raise(Map.of("kind", "add-member", "details", Map.of("email", invitee, "role", "CLIENT_VIEWER")));
		String refused = raise(Map.of("kind", "add-member",
				"details", Map.of("email", this.clientAdmin.email(), "role", "CLIENT_VIEWER")));
		int requesterMails = TestMail.mailsTo(this.clientAdmin.email()).size();
		int mspMails = TestMail.mailsTo(this.mspAdmin.email()).size();

		expect(200, this.mspAdmin.api().post(requests() + "/" + rejected + "/reject", Map.of()));
		assertThat(this.mspAdmin.api().post(requests() + "/" + refused + "/approve", Map.of()).status()).isEqualTo(409);

		assertThat(TestMail.mailsTo(invitee)).isEmpty();
		assertThat(TestMail.mailsTo(this.clientAdmin.email())).hasSize(requesterMails + 1);
		assertThat(TestMail.mailsTo(this.mspAdmin.email())).hasSize(mspMails);
		assertThat(this.clientAdmin.api().post(requests(), Map.of("kind", "remove-member", "target", UUID.randomUUID().toString()))
			.status()).isEqualTo(422);
		assertThat(TestMail.mailsTo(this.mspAdmin.email())).as("a refused request mails nobody").hasSize(mspMails);
	}

	/** Brands the client, on a portal host of its own; returns the host. */
	private String brand(String productName, String colour, String supportEmail) {
		String host = "portal-" + UUID.randomUUID().toString().substring(0, 8) + ".fabrikam.example";
		Map<String, Object> branding = new java.util.HashMap<>(
				Map.of("productName", productName, "primaryColor", colour, "portalHost", host));
		if (supportEmail != null) {
			branding.put("supportEmail", supportEmail);
		}
		expect(200, this.mspAdmin.api().put("/api/v1/orgs/" + this.client + "/branding", branding));
		return host;
	}

	private String raise(Map<String, Object> request) {
		JsonNode raised = expect(201, this.clientAdmin.api().post(requests(), request)).json();
		return raised.get("id").asString();
	}

	/** Neither the platform's name nor any trace of it, but the configured sender address. */
	private static void assertNoPlatformName(Mail mail) {
		assertThat(mail.raw()).doesNotContain("Tenantry");
		assertThat(mail.raw().replace("tenantry@localhost", "").toLowerCase()).doesNotContain("tenantry");
	}

	private String members() {
		return "/api/v1/orgs/" + this.client + "/members";
	}

	private String requests() {
		return "/api/v1/orgs/" + this.client + "/change-requests";
	}

	private static String newEmail() {
		return "portal-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
	}

}
