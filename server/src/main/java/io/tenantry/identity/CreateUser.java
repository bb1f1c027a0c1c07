package io.tenantry.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A SuperAdmin's request to add a user; without a password the user is invited by mail. */
public record CreateUser(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String name,
		@Nullable @Size(max = 200) String password) {
}
