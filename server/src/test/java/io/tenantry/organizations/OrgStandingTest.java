package io.tenantry.organizations;

import java.util.List;
import java.util.UUID;

import io.tenantry.access.Capability;
import io.tenantry.access.Grant;
import io.tenantry.access.OrgRegistry;
import io.tenantry.access.OrgStanding;
import io.tenantry.access.OrgState;
import io.tenantry.access.Role;
import io.tenantry.access.Via;
import io.tenantry.identity.CurrentUser;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** An access check's one read of an org: its state with the caller's own membership there, as the caller sees it. */
class OrgStandingTest extends IntegrationTest {

	@Autowired
	private OrgRegistry orgs;

	@Test
	void aMemberReadsTheOrgsStateWithTheGrantOfItsRole() {
		UUID org = this.fixtures.org("Standing member");
		CurrentUser auditor = signIn(this.fixtures.member(org, "AUDITOR"));

		OrgStanding standing = this.orgs.standing(auditor, org).orElseThrow();

		assertThat(standing.state()).isEqualTo(new OrgState(false, false));
		assertThat(standing.membership()).containsExactly(Grant.membership(org, Role.AUDITOR, Role.AUDITOR.capabilities()));
	}

	@Test
	void anOrgAdminOfAnMspOrgAlsoManagesTheMsp() {
		UUID msp = this.fixtures.org("Standing MSP", true);
		CurrentUser admin = signIn(this.fixtures.member(msp, "ORG_ADMIN"));

		OrgStanding standing = this.orgs.standing(admin, msp).orElseThrow();

		assertThat(standing.state()).isEqualTo(new OrgState(false, true));
		assertThat(standing.membership()).singleElement().satisfies((grant) -> {
			assertThat(grant.via()).isEqualTo(Via.MEMBER);
			assertThat(grant.capabilities()).containsAll(Role.ORG_ADMIN.capabilities()).contains(Capability.MSP_MANAGE);
		});
	}

	@Test
	void aNonMemberReadsTheStateAloneAndAMissingOrgNothing() {
		UUID org = this.fixtures.org("Standing archived");
		this.fixtures.archive(org);
		CurrentUser stranger = signIn(this.fixtures.user("standing stranger"));

		assertThat(this.orgs.standing(stranger, org)).contains(new OrgStanding(new OrgState(true, false), List.of()));
		assertThat(this.orgs.standing(stranger, UUID.randomUUID())).isEmpty();
	}

	/** Row-level security shows the signed-in user of the calling thread its own memberships. */
	private static CurrentUser signIn(TestUser user) {
		CurrentUser current = new CurrentUser(user.id(), user.email(), user.email(), false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null, List.of()));
		return current;
	}

}
