package io.tenantry.organizations;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A partial update of an organization's settings: absent fields stay as they are. */
public record UpdateOrganization(@Nullable @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
		@Nullable @Pattern(regexp = "per-user-all-features|custom", message = "must be per-user-all-features or custom") String licenseType,
		@Nullable @Min(0) Integer licenseLimit, @Nullable @Min(1) Integer scanStaleAfterDays,
		@Nullable Boolean mspPortalEnabled) {
}
