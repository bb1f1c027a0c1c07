package io.tenantry.organizations;

import java.util.UUID;

import io.tenantry.access.Role;

/** A user's direct membership in an org, with its role. */
public record Membership(UUID orgId, UUID userId, Role role) {
}
