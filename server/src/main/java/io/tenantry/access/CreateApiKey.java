package io.tenantry.access;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Creates an API key of the org, working until {@code expiresAt} (a moment in the future) or for good. */
public record CreateApiKey(@NotBlank @Size(max = 100) String name, @Nullable Instant expiresAt) {
}
