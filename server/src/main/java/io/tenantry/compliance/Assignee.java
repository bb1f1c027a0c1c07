package io.tenantry.compliance;

import java.util.UUID;

/** The user a control is assigned to, or who may be: someone who reads the org. */
public record Assignee(UUID userId, String email, String name) {
}
