package io.tenantry.identity;

import java.time.Instant;
import java.util.UUID;

/** A user as other modules see it: no secrets. */
public record UserAccount(UUID id, String email, String name, UserStatus status, boolean superAdmin,
		Instant createdAt) {

	public CurrentUser asPrincipal() {
		return new CurrentUser(this.id, this.email, this.name, this.superAdmin);
	}

}
