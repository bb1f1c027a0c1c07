package io.tenantry.access;

import java.util.List;
import java.util.UUID;

import io.tenantry.identity.CurrentUser;

/**
 * One way a principal can reach orgs. Modules that own a path (memberships, MSP relationships,
 * auditor grants) implement it; {@link AccessService} unites them.
 */
public interface GrantPath {

	/** Every grant this path gives the user, across all orgs. */
	List<Grant> grants(CurrentUser user);

	/** The grants this path gives the user in one org. */
	default List<Grant> grantsIn(CurrentUser user, UUID orgId) {
		return grants(user).stream().filter((grant) -> grant.orgId().equals(orgId)).toList();
	}

}
