package io.tenantry.compliance;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Whether an org's latest completed scan is younger than its stale-after days. */
public enum ScanStatus {

	CURRENT, STALE, NEVER;

	public static ScanStatus of(@Nullable Instant lastScanAt, int staleAfterDays, Instant now) {
		if (lastScanAt == null) {
			return NEVER;
		}
		return lastScanAt.plus(Duration.ofDays(staleAfterDays)).isAfter(now) ? CURRENT : STALE;
	}

}
