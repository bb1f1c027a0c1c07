package io.tenantry.organizations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A request to create an organization. */
public record CreateOrganization(@NotBlank @Size(max = 200) String name, @Nullable Boolean mspPortalEnabled) {
}
