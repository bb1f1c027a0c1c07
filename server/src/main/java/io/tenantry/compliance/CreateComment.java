package io.tenantry.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request to comment on a control. */
public record CreateComment(@NotBlank @Size(max = 4000) String body) {
}
