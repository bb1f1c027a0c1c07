package io.tenantry.identity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A SuperAdmin's change to a user: suspend or reactivate, rename; absent fields stay as they are. */
public record UpdateUser(@Nullable UserStatus status,
		@Nullable @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name) {
}
