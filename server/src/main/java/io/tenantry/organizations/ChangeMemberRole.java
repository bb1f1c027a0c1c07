package io.tenantry.organizations;

import io.tenantry.access.Role;
import jakarta.validation.constraints.NotNull;

/** A request to give a member another role. */
public record ChangeMemberRole(@NotNull Role role) {
}
