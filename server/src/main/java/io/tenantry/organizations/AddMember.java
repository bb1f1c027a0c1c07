package io.tenantry.organizations;

import io.tenantry.access.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A request to add a user, known or not yet, to an org with a role. */
public record AddMember(@NotBlank @Email @Size(max = 320) String email, @NotNull Role role) {
}
