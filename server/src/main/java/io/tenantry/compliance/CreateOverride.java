package io.tenantry.compliance;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Request to override a control's status; without {@code expiresAt} it lasts until replaced. */
public record CreateOverride(@NotBlank @Size(max = 200) String controlId, @NotNull ResultStatus status,
		@NotBlank @Size(max = 2000) String reason, @Nullable Instant expiresAt) {
}
