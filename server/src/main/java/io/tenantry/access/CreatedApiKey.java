package io.tenantry.access;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A new API key with its secret {@code key}, shown this once: only a hash of it is stored. */
public record CreatedApiKey(UUID id, String name, String key, String prefix, Instant createdAt, @Nullable Instant expiresAt,
		UUID createdBy) {
}
