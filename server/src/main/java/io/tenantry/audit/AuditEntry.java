package io.tenantry.audit;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a chain as stored. {@code orgId} is {@code null} in the platform chain;
 * {@code details} is the JSON text that was hashed. {@link AuditHashing} defines {@code hash}.
 */
public record AuditEntry(@Nullable UUID orgId, long seq, Instant at, @Nullable UUID actorId,
		@Nullable String actorEmail, @Nullable String ip, @Nullable String userAgent, String action,
		@Nullable String target, @JsonRawValue String details, @Nullable UUID onBehalfOfOrgId,
		@Nullable String onBehalfOfTier, String prevHash, String hash) {
}
