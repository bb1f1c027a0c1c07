package io.tenantry.compliance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Request to plan the remediation of a control; without {@code status} it is PLANNED. */
public record CreateRoadmapItem(@NotBlank @Size(max = 200) String controlId, @NotBlank @Size(max = 300) String title,
		@NotNull LocalDate targetDate, @Nullable RoadmapStatus status, @Nullable @Size(max = 4000) String notes) {
}
