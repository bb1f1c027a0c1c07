package io.tenantry.organizations;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An organization as the API shows it. {@code licenseLimit} 0 means unlimited. */
public record Organization(UUID id, String name, boolean mspPortalEnabled, boolean archived, String licenseType,
		int licenseLimit, int scanStaleAfterDays, Instant createdAt) {

	public static final String DEFAULT_LICENSE_TYPE = "per-user-all-features";

	public static final int DEFAULT_SCAN_STALE_AFTER_DAYS = 7;

	/** This org with the update's present fields applied. */
	Organization updatedBy(UpdateOrganization update) {
		return new Organization(this.id, (update.name() != null) ? update.name().trim() : this.name,
				Objects.requireNonNullElse(update.mspPortalEnabled(), this.mspPortalEnabled), this.archived,
				Objects.requireNonNullElse(update.licenseType(), this.licenseType),
				Objects.requireNonNullElse(update.licenseLimit(), this.licenseLimit),
				Objects.requireNonNullElse(update.scanStaleAfterDays(), this.scanStaleAfterDays), this.createdAt);
	}

	/** This org archived or restored; its data stays either way. */
	Organization withArchived(boolean archived) {
		return new Organization(this.id, this.name, this.mspPortalEnabled, archived, this.licenseType,
				this.licenseLimit, this.scanStaleAfterDays, this.createdAt);
	}

}
