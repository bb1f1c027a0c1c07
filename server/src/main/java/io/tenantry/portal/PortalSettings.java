package io.tenantry.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A client's portal settings: which modules its portal shows. */
public record PortalSettings(@NotNull @Valid PortalModules modules) {
}
