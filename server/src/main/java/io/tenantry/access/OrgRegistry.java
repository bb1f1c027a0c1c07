package io.tenantry.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.identity.CurrentUser;

/**
 * What access needs to know of orgs and of users' own memberships in them; the organizations
 * module provides it.
 */
public interface OrgRegistry {

	/**
	 * The org's state and what the user's own membership there grants, in one read: every access
	 * check needs both. Empty when the org does not exist.
	 */
	Optional<OrgStanding> standing(CurrentUser user, UUID orgId);

	/** What each of the user's own memberships grants. */
	List<Grant> membershipGrants(CurrentUser user);

	/** The state of each of these orgs; orgs that do not exist are absent. */
	Map<UUID, OrgState> states(Collection<UUID> orgIds);

	/** Every org, for SuperAdmins. */
	List<UUID> allOrgIds();

}
