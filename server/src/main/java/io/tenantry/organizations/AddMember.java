package io.tenantry.organizations;

import io.tenantry.access.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A request to add a user, known or not yet, to an org with a role; {@code name} names a new
 * user (the email's local part when absent) and leaves an existing user's name as it is.
 */
public record AddMember(@NotBlank @Email @Size(max = 320) String email, @NotNull Role role,
		@Nullable @Size(max = 200) String name) {

	public AddMember(String email, Role role) {
		this(email, role, null);
	}

}
