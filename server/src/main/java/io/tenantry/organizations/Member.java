package io.tenantry.organizations;

import java.util.UUID;

import io.tenantry.access.Role;

/** A member of an org as the API shows it. */
public record Member(UUID userId, String email, String name, Role role) {
}
