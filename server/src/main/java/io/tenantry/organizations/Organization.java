package io.tenantry.organizations;

import java.time.Instant;
import java.util.UUID;

/** An organization as the API shows it. {@code licenseLimit} 0 means unlimited. */
public record Organization(UUID id, String name, boolean mspPortalEnabled, boolean archived, String licenseType,
		int licenseLimit, int scanStaleAfterDays, Instant createdAt) {

	public static final String DEFAULT_LICENSE_TYPE = "per-user-all-features";

	public static final int DEFAULT_SCAN_STALE_AFTER_DAYS = 7;

}
