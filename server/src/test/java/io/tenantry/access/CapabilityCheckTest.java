package io.tenantry.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AccessService#check}: the caller's own membership decides when it grants the capability,
 * the other paths only when it does not, with the same answer as the caller's whole access. The
 * org registry stands in for the organizations module's one read, and the path records who asks it.
 */
class CapabilityCheckTest {

	private static final OrgState MSP_ORG = new OrgState(false, true);

	private final UUID mspOrgId = UUID.randomUUID();

	private final CurrentUser caller = new CurrentUser(UUID.randomUUID(), "caller@example.test", "Caller", false);

	private final Standings orgs = new Standings();

	private final RecordingPath paths = new RecordingPath();

	private final AccessService access = new AccessService(List.of(this.paths), this.orgs);

	@Test
	void anOwnMembershipThatGrantsItDecidesWithoutAskingTheOtherPaths() {
		this.orgs.put(this.mspOrgId, MSP_ORG, managing(Role.ORG_ADMIN));
		this.paths.grant(Grant.msp(this.mspOrgId, Tier.T1, UUID.randomUUID()));

		CapabilityCheck check = this.access.check(this.caller, this.mspOrgId, Capability.MSP_MANAGE);

		assertThat(check).isEqualTo(new CapabilityCheck(Capability.MSP_MANAGE, true, MSP_ORG));
		assertThat(this.paths.asked).isZero();
	}

	@Test
	void aSuperAdminHoldsItWithoutAskingTheOtherPaths() {
		CurrentUser superAdmin = new CurrentUser(UUID.randomUUID(), "super@example.test", "Super", true);
		this.orgs.put(this.mspOrgId, MSP_ORG);

		assertThat(this.access.check(superAdmin, this.mspOrgId, Capability.MSP_MANAGE).held()).isTrue();
		assertThat(this.paths.asked).isZero();
	}

	@Test
	void aMembershipWithoutItAsksTheOtherPathsAndTheirUnionDecides() {
		this.orgs.put(this.mspOrgId, MSP_ORG, Grant.membership(this.mspOrgId, Role.SERVICE_PROVIDER,
				Role.SERVICE_PROVIDER.capabilities()));
		this.paths.grant(Grant.msp(this.mspOrgId, Tier.T3, UUID.randomUUID()));

		assertThat(this.access.check(this.caller, this.mspOrgId, Capability.SETTINGS_MANAGE).held()).isTrue();
		assertThat(this.access.check(this.caller, this.mspOrgId, Capability.MSP_MANAGE).held()).isFalse();
		assertThat(this.paths.asked).isEqualTo(2);
	}

	@Test
	void anOrgReachedThroughAnotherPathAloneIsVisibleWithoutWhatThatPathLacks() {
		this.orgs.put(this.mspOrgId, MSP_ORG);
		this.paths.grant(Grant.msp(this.mspOrgId, Tier.T3, UUID.randomUUID()));

		CapabilityCheck check = this.access.check(this.caller, this.mspOrgId, Capability.MSP_MANAGE);

		assertThat(check).isEqualTo(new CapabilityCheck(Capability.MSP_MANAGE, false, MSP_ORG));
		assertThatExceptionOfType(ProblemException.class).isThrownBy(check::require)
			.satisfies((problem) -> assertThat(problem.status()).isEqualTo(403));
	}

	@Test
	void inAnArchivedOrgAnOwnManagingMembershipHoldsOnlyWhatArchivedOrgsAllow() {
		OrgState archived = new OrgState(true, true);
		this.orgs.put(this.mspOrgId, archived, managing(Role.ORG_ADMIN));

		assertThat(this.access.check(this.caller, this.mspOrgId, Capability.MSP_MANAGE).held()).isFalse();
		assertThat(this.access.check(this.caller, this.mspOrgId, Capability.COMPLIANCE_READ).held()).isTrue();
		assertThat(this.paths.asked).isEqualTo(1);
	}

	@Test
	void anOrgThatNoPathReachesOrThatDoesNotExistIsNotVisible() {
		this.orgs.put(this.mspOrgId, MSP_ORG);

		assertThatExceptionOfType(OrgNotVisible.class)
			.isThrownBy(() -> this.access.check(this.caller, this.mspOrgId, Capability.COMPLIANCE_READ));
		assertThatExceptionOfType(OrgNotVisible.class)
			.isThrownBy(() -> this.access.check(this.caller, UUID.randomUUID(), Capability.COMPLIANCE_READ));
	}

	@Test
	void itAnswersAsTheCallersWholeAccessDoes() {
		this.orgs.put(this.mspOrgId, MSP_ORG, Grant.membership(this.mspOrgId, Role.AUDITOR, Role.AUDITOR.capabilities()));
		this.paths.grant(Grant.msp(this.mspOrgId, Tier.T2, UUID.randomUUID()));
		OrgAccess whole = this.access.requireVisible(this.caller, this.mspOrgId);

		for (Capability capability : Capability.values()) {
			assertThat(this.access.check(this.caller, this.mspOrgId, capability).held()).as(capability.value())
				.isEqualTo(whole.can(capability));
		}
	}

	/** A membership grant of an MSP org, as the organizations module answers it: the role's set and msp:manage. */
	private Grant managing(Role role) {
		Set<Capability> capabilities = EnumSet.copyOf(role.capabilities());
		capabilities.add(Capability.MSP_MANAGE);
		return Grant.membership(this.mspOrgId, role, capabilities);
	}

	/** Orgs with the caller's own grants there; the reads an access check makes of one org. */
	private static final class Standings implements OrgRegistry {

		private final Map<UUID, OrgStanding> standings = new HashMap<>();

		void put(UUID orgId, OrgState state, Grant... membership) {
			this.standings.put(orgId, new OrgStanding(state, List.of(membership)));
		}

		@Override
		public Optional<OrgStanding> standing(CurrentUser user, UUID orgId) {
			return Optional.ofNullable(this.standings.get(orgId));
		}

		@Override
		public List<Grant> membershipGrants(CurrentUser user) {
			throw new UnsupportedOperationException("not an access check of one org");
		}

		@Override
		public Map<UUID, OrgState> states(Collection<UUID> orgIds) {
			throw new UnsupportedOperationException("not an access check of one org");
		}

		@Override
		public List<UUID> allOrgIds() {
			throw new UnsupportedOperationException("not an access check of one org");
		}

	}

	/** A path beside membership that grants what it is given, counting the checks that ask it. */
	private static final class RecordingPath implements GrantPath {

		private final List<Grant> grants = new ArrayList<>();

		private int asked;

		void grant(Grant grant) {
			this.grants.add(grant);
		}

		@Override
		public List<Grant> grants(CurrentUser user) {
			throw new UnsupportedOperationException("not an access check of one org");
		}

		@Override
		public List<Grant> grantsIn(CurrentUser user, UUID orgId) {
			this.asked++;
			return this.grants.stream().filter((grant) -> grant.orgId().equals(orgId)).toList();
		}

	}

}
