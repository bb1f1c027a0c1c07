package io.tenantry.scanning;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** How often an org's scans run on their own. */
public enum ScanSchedule {

	NONE(null), DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

	private final @Nullable Duration period;

	ScanSchedule(@Nullable Duration period) {
		this.period = period;
	}

	/** The next run after {@code from}, or null when scans are not scheduled. */
	@Nullable Instant nextAfter(Instant from) {
		return (this.period != null) ? from.plus(this.period) : null;
	}

}
