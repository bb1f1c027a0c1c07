package io.tenantry.organizations;

import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipApiTest extends IntegrationTest {

	@Test
	void orgAdminAddsAnExistingUserAndListsMembers() {
		UUID org = this.fixtures.org("Members");
		Api orgAdmin = this.fixtures.login(this.fixtures.member(org, "ORG_ADMIN"));
		TestUser user = this.fixtures.user("auditor");

		Response added = orgAdmin.post(members(org), Map.of("email", user.email().toUpperCase(), "role", "AUDITOR"));

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("userId").asString()).isEqualTo(user.id().toString());
		assertThat(added.json().get("role").asString()).isEqualTo("AUDITOR");
		assertThat(orgAdmin.get(members(org)).json().valueStream())
			.anySatisfy((member) -> {
				assertThat(member.get("email").asString()).isEqualTo(user.email());
				assertThat(member.get("role").asString()).isEqualTo("AUDITOR");
			});
	}

	@Test
	void unknownEmailBecomesANewUserAndMember() {
		UUID org = this.fixtures.org("Invites");
		String email = "new-" + UUID.randomUUID() + "@example.test";

		Response added = this.fixtures.admin().post(members(org), Map.of("email", email, "role", "VIEWER"));

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("name").asString()).isEqualTo(email.substring(0, email.indexOf('@')));
		assertThat(this.fixtures.admin().get(members(org)).json().valueStream())
			.anySatisfy((member) -> assertThat(member.get("email").asString()).isEqualTo(email));
	}

	@Test
	void duplicateMemberIsAConflict() {
		UUID org = this.fixtures.org("Twice");
		TestUser viewer = this.fixtures.member(org, "VIEWER");

		Response again = this.fixtures.admin().post(members(org), Map.of("email", viewer.email(), "role", "AUDITOR"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("already_member");
	}

	@Test
	void serviceProviderOnlyInAnMspOrg() {
		UUID plain = this.fixtures.org("Plain");
		UUID msp = this.fixtures.org("Msp", true);
		String email = "tech-" + UUID.randomUUID() + "@example.test";

		Response refused = this.fixtures.admin().post(members(plain), Map.of("email", email, "role", "SERVICE_PROVIDER"));
		Response accepted = this.fixtures.admin().post(members(msp), Map.of("email", email, "role", "SERVICE_PROVIDER"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("code").asString()).isEqualTo("service_provider_requires_msp");
		assertThat(accepted.status()).isEqualTo(201);
	}

	@Test
	void refusedAddInvitesNobody() {
		UUID plain = this.fixtures.org("Nobody");
		String email = "ghost-" + UUID.randomUUID() + "@example.test";

		this.fixtures.admin().post(members(plain), Map.of("email", email, "role", "SERVICE_PROVIDER"));

		UUID other = this.fixtures.org("Other");
		Response added = this.fixtures.admin().post(members(other), Map.of("email", email, "role", "VIEWER"));
		assertThat(added.json().get("name").asString()).startsWith("ghost-");
		assertThat(added.status()).isEqualTo(201);
	}

	@Test
	void rejectsSuperAdminAndUnknownRoles() {
		UUID org = this.fixtures.org("Roles");
		String email = "r-" + UUID.randomUUID() + "@example.test";

		assertThat(this.fixtures.admin().post(members(org), Map.of("email", email, "role", "SUPER_ADMIN")).status())
			.isEqualTo(422);
		assertThat(this.fixtures.admin().post(members(org), Map.of("email", email, "role", "OWNER")).status())
			.isEqualTo(400);
		assertThat(this.fixtures.admin().post(members(org), Map.of("email", "not-an-email", "role", "VIEWER")).status())
			.isEqualTo(400);
	}

	@Test
	void changesAMembersRole() {
		UUID org = this.fixtures.org("Promote");
		TestUser viewer = this.fixtures.member(org, "VIEWER");

		Response changed = this.fixtures.admin().patch(member(org, viewer), Map.of("role", "ORG_ADMIN"));

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("role").asString()).isEqualTo("ORG_ADMIN");
		assertThat(this.fixtures.login(viewer).patch("/api/v1/orgs/" + org, Map.of("licenseLimit", 2)).status())
			.isEqualTo(200);
	}

	@Test
	void removedMemberNoLongerReachesTheOrg() {
		UUID org = this.fixtures.org("Remove");
		TestUser viewer = this.fixtures.member(org, "VIEWER");
		Api viewerApi = this.fixtures.login(viewer);

		Response removed = this.fixtures.admin().delete(member(org, viewer));

		assertThat(removed.status()).isEqualTo(204);
		assertThat(viewerApi.get("/api/v1/orgs/" + org).status()).isEqualTo(404);
	}

	@Test
	void keepsTheLastOrgAdmin() {
		UUID org = this.fixtures.org("Last admin");
		TestUser orgAdmin = this.fixtures.member(org, "ORG_ADMIN");

		Response demoted = this.fixtures.admin().patch(member(org, orgAdmin), Map.of("role", "VIEWER"));
		Response removed = this.fixtures.admin().delete(member(org, orgAdmin));

		assertThat(demoted.status()).isEqualTo(409);
		assertThat(demoted.json().get("code").asString()).isEqualTo("last_org_admin");
		assertThat(removed.status()).isEqualTo(409);
		assertThat(removed.json().get("code").asString()).isEqualTo("last_org_admin");
		assertThat(this.fixtures.admin().get(members(org)).json().valueStream())
			.anySatisfy((member) -> assertThat(member.get("role").asString()).isEqualTo("ORG_ADMIN"));
	}

	@Test
	void anOrgAdminMayStepDownWhenAnotherRemains() {
		UUID org = this.fixtures.org("Two admins");
		TestUser first = this.fixtures.member(org, "ORG_ADMIN");
		this.fixtures.member(org, "ORG_ADMIN");

		assertThat(this.fixtures.login(first).delete(member(org, first)).status()).isEqualTo(204);
	}

	@Test
	void unknownMemberIsNotFound() {
		UUID org = this.fixtures.org("Unknown member");

		assertThat(this.fixtures.admin().patch("/api/v1/orgs/" + org + "/members/" + UUID.randomUUID(),
				Map.of("role", "VIEWER")).status()).isEqualTo(404);
		assertThat(this.fixtures.admin().delete("/api/v1/orgs/" + org + "/members/" + UUID.randomUUID()).status())
			.isEqualTo(404);
	}

	@Test
	void membersManageNeedsTheCapability() {
		UUID org = this.fixtures.org("Caps");
		TestUser auditor = this.fixtures.member(org, "AUDITOR");
		TestUser viewer = this.fixtures.member(org, "VIEWER");
		Api auditorApi = this.fixtures.login(auditor);

		assertThat(auditorApi.get(members(org)).status()).isEqualTo(200);
		assertThat(auditorApi.post(members(org), Map.of("email", "a-" + UUID.randomUUID() + "@example.test", "role",
				"VIEWER")).status()).isEqualTo(403);
		assertThat(auditorApi.patch(member(org, viewer), Map.of("role", "AUDITOR")).status()).isEqualTo(403);
		assertThat(auditorApi.delete(member(org, viewer)).status()).isEqualTo(403);
	}

	private static String members(UUID org) {
		return "/api/v1/orgs/" + org + "/members";
	}

	private static String member(UUID org, TestUser user) {
		return members(org) + "/" + user.id();
	}

}
