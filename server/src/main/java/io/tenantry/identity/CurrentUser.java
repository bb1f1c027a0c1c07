package io.tenantry.identity;

import java.io.Serializable;
import java.util.UUID;

import io.tenantry.audit.AuditActor;

/** The authenticated principal of a request, the same for browser sessions and API tokens. */
public record CurrentUser(UUID id, String email, String name, boolean superAdmin) implements Serializable, AuditActor {
}
