package io.tenantry.compliance;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Changes to a roadmap item; a field left out stays as it is, empty notes remove them. */
public record UpdateRoadmapItem(@Nullable @Size(max = 300) @Pattern(regexp = "(?s).*\\S.*",
		message = "must not be blank") String title, @Nullable LocalDate targetDate, @Nullable RoadmapStatus status,
		@Nullable @Size(max = 4000) String notes) {
}
