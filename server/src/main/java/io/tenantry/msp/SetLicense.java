package io.tenantry.msp;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A request to record a client's licence type and seat limit (0 = unlimited, never negative). */
public record SetLicense(@NotNull @Pattern(regexp = "per-user-all-features|custom") String licenseType,
		@NotNull @Min(0) Integer seatLimit) {
}
