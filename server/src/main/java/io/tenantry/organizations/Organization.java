package io.tenantry.organizations;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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

	/** The settings that differ in the other version of this org, as {@code field: {before, after}}. */
	Map<String, Object> changesTo(Organization after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		change(changes, "name", this.name, after.name);
		change(changes, "mspPortalEnabled", this.mspPortalEnabled, after.mspPortalEnabled);
		change(changes, "licenseType", this.licenseType, after.licenseType);
		change(changes, "licenseLimit", this.licenseLimit, after.licenseLimit);
		change(changes, "scanStaleAfterDays", this.scanStaleAfterDays, after.scanStaleAfterDays);
		return changes;
	}

	private static void change(Map<String, Object> changes, String field, Object before, Object after) {
		if (!before.equals(after)) {
			changes.put(field, Map.of("before", before, "after", after));
		}
	}

	/** This org archived or restored; its data stays either way. */
	Organization withArchived(boolean archived) {
		return new Organization(this.id, this.name, this.mspPortalEnabled, archived, this.licenseType,
				this.licenseLimit, this.scanStaleAfterDays, this.createdAt);
	}

}
