package io.tenantry.portal;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The MSP's decision on a change request, with an optional comment for the requester. */
public record DecideChangeRequest(@Nullable @Size(max = 2000) String comment) {
}
