package io.tenantry.access;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An org's API key as it is listed: never its secret, which only its creation shows. */
public record ApiKey(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt, UUID createdBy,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	/** Works now: neither revoked nor expired. */
	public boolean live(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

}
