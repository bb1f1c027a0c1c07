package io.tenantry.access;

import java.util.UUID;

import io.tenantry.audit.AuditActor;
import io.tenantry.audit.AuditReadPolicy;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;

import org.springframework.stereotype.Component;

/** An org's audit trail is read with {@link Capability#AUDIT_READ}. */
@Component
class AuditReaders implements AuditReadPolicy {

	private final AccessService access;

	AuditReaders(AccessService access) {
		this.access = access;
	}

	@Override
	public void requireReader(AuditActor caller, UUID orgId) {
		if (!(caller instanceof CurrentUser user)) {
			throw ProblemException.unauthorized("unauthorized", "Authentication is required.");
		}
		this.access.require(user, orgId, Capability.AUDIT_READ);
	}

}
