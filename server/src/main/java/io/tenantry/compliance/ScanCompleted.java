package io.tenantry.compliance;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A scan of an org was stored; published in the storing transaction. */
public record ScanCompleted(UUID orgId, UUID scanId, @Nullable UUID actorId, ScanSource source,
		@Nullable String format, int findings, @Nullable BigDecimal complianceScore) {
}
