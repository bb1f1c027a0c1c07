package io.tenantry.organizations.web;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrgSwitcherTest extends IntegrationTest {

	@Test
	void pagesListTheReachableOrgsAndDefaultToTheFirst() {
		UUID alpha = this.fixtures.org("Aaa switch");
		UUID beta = this.fixtures.org("Aab switch");
		UUID foreign = this.fixtures.org("Aac foreign");
		TestUser user = this.fixtures.member(alpha, "ORG_ADMIN");
		this.fixtures.addMember(beta, user, "VIEWER");

		String home = session(user).get("/").body();

		assertThat(home).contains("value=\"" + alpha + "\"").contains("value=\"" + beta + "\"")
			.doesNotContain(foreign.toString());
		assertThat(home).contains("id=\"active-role\" class=\"badge text-bg-secondary\">ORG_ADMIN<");
		assertThat(home).contains("id=\"nav-controls\"");
	}

	@Test
	void switchingMakesTheOrgActiveForTheSession() {
		UUID alpha = this.fixtures.org("Aaa active");
		UUID beta = this.fixtures.org("Aab active");
		TestUser user = this.fixtures.member(alpha, "ORG_ADMIN");
		this.fixtures.addMember(beta, user, "CLIENT_VIEWER");
		PageSession session = session(user);
		session.get("/");

		HttpResponse<String> switched = session.post("/switch-org", Map.of("orgId", beta.toString()), false);

		assertThat(switched.statusCode()).isEqualTo(302);
		assertThat(switched.headers().firstValue("Location").orElseThrow()).endsWith("/");
		String home = session.get("/").body();
		assertThat(home).contains(">CLIENT_VIEWER<");
		assertThat(home).containsPattern("value=\"" + beta + "\"\\s+selected");
	}

	@Test
	void switchingToAnUnreachableOrgIsNotFound() {
		UUID mine = this.fixtures.org("Mine switch");
		UUID foreign = this.fixtures.org("Foreign switch");
		PageSession session = session(this.fixtures.member(mine, "VIEWER"));
		session.get("/");

		assertThat(session.post("/switch-org", Map.of("orgId", foreign.toString()), false).statusCode()).isEqualTo(404);
		assertThat(session.post("/switch-org", Map.of("orgId", UUID.randomUUID().toString()), false).statusCode())
			.isEqualTo(404);
	}

	@Test
	void archivedOrgsAreAbsentFromTheSwitcher() {
		UUID kept = this.fixtures.org("Kept switch");
		UUID archived = this.fixtures.org("Archived switch");
		TestUser user = this.fixtures.member(kept, "VIEWER");
		this.fixtures.addMember(archived, user, "VIEWER");
		this.fixtures.archive(archived);

		assertThat(session(user).get("/").body()).contains(kept.toString()).doesNotContain(archived.toString());
	}

	private PageSession session(TestUser user) {
		return PageSession.login(baseUrl(), user.email(), Fixtures.PASSWORD);
	}

}
