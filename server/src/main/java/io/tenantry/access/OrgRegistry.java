package io.tenantry.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What access needs to know of orgs themselves; the organizations module provides it. */
public interface OrgRegistry {

	/** The org's state; empty when it does not exist. */
	Optional<OrgState> state(UUID orgId);

	/** The state of each of these orgs; orgs that do not exist are absent. */
	Map<UUID, OrgState> states(Collection<UUID> orgIds);

	/** Every org, for SuperAdmins. */
	List<UUID> allOrgIds();

}
