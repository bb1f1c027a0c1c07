package io.tenantry.reporting;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Packages a completed scan of the org as an evidence bundle, shared with the client's portal or not. */
public record CreateEvidenceBundle(@NotNull UUID scanId, @NotBlank @Size(max = 200) String title,
		@NotNull Boolean shared) {
}
