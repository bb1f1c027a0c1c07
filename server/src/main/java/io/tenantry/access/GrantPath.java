package io.tenantry.access;

import java.util.List;
import java.util.UUID;

import io.tenantry.identity.CurrentUser;

/**
 * One way a principal can reach orgs beside its own memberships, which {@link OrgRegistry} reads
 * with the orgs themselves. Modules that own a path (MSP relationships, API keys) implement it;
 * {@link AccessService} unites them.
 */
public interface GrantPath {

	/** Every grant this path gives the user, across all orgs. */
	List<Grant> grants(CurrentUser user);

	/** The grants this path gives the user in one org. */
	default List<Grant> grantsIn(CurrentUser user, UUID orgId) {
		return grants(user).stream().filter((grant) -> grant.orgId().equals(orgId)).toList();
	}

}
