package io.tenantry.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What access needs to know of orgs themselves; the organizations module provides it. */
public interface OrgRegistry {

	/** Whether the org exists and is archived; empty when it does not exist. */
	Optional<Boolean> archived(UUID orgId);

	/** Whether each of these orgs is archived; orgs that do not exist are absent. */
	Map<UUID, Boolean> archived(Collection<UUID> orgIds);

	/** Every org, for SuperAdmins. */
	List<UUID> allOrgIds();

}
