package io.tenantry.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;

import org.springframework.stereotype.Service;

/**
 * Answers what a principal may do in an org. An org the principal cannot reach does not exist
 * for it (404); a reachable org without the capability answers 403. Archived orgs are read-only
 * for everyone but SuperAdmins.
 */
@Service
public class AccessService {

	private static final Comparator<Grant> STRONGEST_FIRST = Comparator
		.comparingInt((Grant grant) -> grant.role().level())
		.thenComparingInt((grant) -> grant.capabilities().size())
		.reversed();

	private final List<GrantPath> paths;

	private final OrgRegistry orgs;

	AccessService(List<GrantPath> paths, OrgRegistry orgs) {
		this.paths = paths;
		this.orgs = orgs;
	}

	public Optional<OrgAccess> accessTo(CurrentUser user, UUID orgId) {
		return this.orgs.standing(user, orgId)
			.flatMap((standing) -> unite(orgId, everyGrant(user, orgId, standing), standing.state(), user.superAdmin()));
	}

	/**
	 * Whether the caller holds {@code capability} in an org it can see; 404 if it cannot. Its own
	 * membership and SuperAdmin flag, read with the org, decide when they grant it (grants unite, so
	 * no other path could take it away); the other paths are read only when they do not.
	 */
	public CapabilityCheck check(CurrentUser user, UUID orgId, Capability capability) {
		OrgStanding standing = this.orgs.standing(user, orgId).orElseThrow(() -> OrgNotVisible.forId(orgId));
		OrgAccess access = unite(orgId, ownGrants(user, orgId, standing), standing.state(), user.superAdmin())
			.filter((own) -> own.can(capability))
			.or(() -> unite(orgId, everyGrant(user, orgId, standing), standing.state(), user.superAdmin()))
			.orElseThrow(() -> OrgNotVisible.forId(orgId));
		return new CapabilityCheck(capability, access.can(capability), standing.state());
	}

	/** The caller's access to an org it must be able to see; 404 otherwise. */
	public OrgAccess requireVisible(CurrentUser user, UUID orgId) {
		return accessTo(user, orgId).orElseThrow(() -> OrgNotVisible.forId(orgId));
	}

	/** The caller's access to an org where it needs a capability: 404 if unseen, 403 if lacking. */
	public OrgAccess require(CurrentUser user, UUID orgId, Capability capability) {
		return require(requireVisible(user, orgId), capability);
	}

	/** The access already worked out, if it holds the capability; 403 otherwise. */
	public OrgAccess require(OrgAccess access, Capability capability) {
		if (!access.can(capability)) {
			throw lacking(capability);
		}
		return access;
	}

	static ProblemException lacking(Capability capability) {
		return ProblemException.forbidden("You need the " + capability.value() + " capability in this organization.");
	}

	/** Every org the principal reaches, archived ones only if asked for. */
	public List<OrgAccess> reachable(CurrentUser user, boolean includeArchived) {
		Map<UUID, List<Grant>> byOrg = new LinkedHashMap<>();
		if (user.superAdmin()) {
			this.orgs.allOrgIds().forEach((orgId) -> byOrg.computeIfAbsent(orgId, (id) -> new ArrayList<>()).add(superAdminGrant(orgId)));
		}
		List<Grant> all = new ArrayList<>(this.orgs.membershipGrants(user));
		this.paths.forEach((path) -> all.addAll(path.grants(user)));
		all.forEach((grant) -> byOrg.computeIfAbsent(grant.orgId(), (id) -> new ArrayList<>()).add(grant));
		Map<UUID, OrgState> states = this.orgs.states(byOrg.keySet());
		List<OrgAccess> result = new ArrayList<>();
		byOrg.forEach((orgId, grants) -> Optional.ofNullable(states.get(orgId))
			.filter((state) -> includeArchived || !state.archived())
			.flatMap((state) -> unite(orgId, grants, state, user.superAdmin()))
			.ifPresent(result::add));
		return result;
	}

	/** What the caller's own membership and SuperAdmin flag grant in the org. */
	private static List<Grant> ownGrants(CurrentUser user, UUID orgId, OrgStanding standing) {
		List<Grant> grants = new ArrayList<>(standing.membership());
		if (user.superAdmin()) {
			grants.add(superAdminGrant(orgId));
		}
		return grants;
	}

	private List<Grant> everyGrant(CurrentUser user, UUID orgId, OrgStanding standing) {
		List<Grant> grants = ownGrants(user, orgId, standing);
		this.paths.forEach((path) -> grants.addAll(path.grantsIn(user, orgId)));
		return grants;
	}

	private static Optional<OrgAccess> unite(UUID orgId, Collection<Grant> grants, OrgState state,
			boolean superAdmin) {
		Optional<Grant> strongest = grants.stream().min(STRONGEST_FIRST);
		if (strongest.isEmpty()) {
			return Optional.empty();
		}
		Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
		grants.forEach((grant) -> capabilities.addAll(grant.capabilities()));
		if (state.archived() && !superAdmin) {
			capabilities.retainAll(Capabilities.READ);
		}
		Grant top = strongest.get();
		Optional<Grant> msp = grants.stream().filter((grant) -> grant.tier() != null).max(Comparator.comparing(Grant::tier));
		Tier tier = msp.map(Grant::tier).orElse(null);
		UUID through = msp.filter((grant) -> !coveredDirectly(grant, grants)).map(Grant::actingThrough).orElse(null);
		return Optional.of(new OrgAccess(orgId, top.role(), tier, top.via(), Set.copyOf(capabilities), state.archived(),
				state.mspPortalEnabled(), through));
	}

	/** Whether a path other than an MSP grants the MSP grant's role level: then one acts as oneself. */
	private static boolean coveredDirectly(Grant mspGrant, Collection<Grant> grants) {
		return grants.stream()
			.anyMatch((grant) -> grant.via() != Via.MSP && grant.role().level() >= mspGrant.role().level());
	}

	private static Grant superAdminGrant(UUID orgId) {
		return new Grant(orgId, Role.SUPER_ADMIN, null, Via.SUPER_ADMIN, Capabilities.ALL, null);
	}

}
