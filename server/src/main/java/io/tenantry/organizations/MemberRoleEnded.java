package io.tenantry.organizations;

import java.util.UUID;

import io.tenantry.access.Role;

/**
 * A member no longer holds a role in an org: removed, or given another role. Published inside the
 * change's transaction, so that what other modules keep for the role ends with it.
 */
public record MemberRoleEnded(UUID orgId, UUID userId, Role role) {
}
