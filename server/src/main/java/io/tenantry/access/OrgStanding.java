package io.tenantry.access;

import java.util.List;

/** An org's state and what the caller's own membership there grants: nothing for a non-member. */
public record OrgStanding(OrgState state, List<Grant> membership) {
}
