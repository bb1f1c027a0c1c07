package io.tenantry.compliance;

import java.util.UUID;

/** An override of a control's status was created in an org; published in the creating transaction. */
public record OverrideCreated(UUID orgId, UUID actorId, OverrideView override) {
}
