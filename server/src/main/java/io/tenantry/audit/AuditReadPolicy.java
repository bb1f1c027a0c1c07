package io.tenantry.audit;

import java.util.UUID;

/**
 * Who may read an org's chain; the access module implements it (audit depends on no module that
 * publishes into it). SuperAdmins read every chain, and only they read the platform chain.
 */
public interface AuditReadPolicy {

	/** Returns when the caller may read the org's chain; throws the org's 404, or a 403, otherwise. */
	void requireReader(AuditActor caller, UUID orgId);

}
