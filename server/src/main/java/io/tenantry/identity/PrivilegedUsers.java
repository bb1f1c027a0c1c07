package io.tenantry.identity;

import java.util.UUID;

/**
 * What identity needs to know about roles it does not manage: whether a user is a
 * ServiceProvider somewhere, so the platform's MFA requirement for privileged users applies.
 * Implemented by the module that owns memberships.
 */
public interface PrivilegedUsers {

	boolean holdsServiceProviderRole(UUID userId);

}
