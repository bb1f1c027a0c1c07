package io.tenantry.audit;

import java.util.UUID;

/** Who did something: the authenticated principal of a request implements this. */
public interface AuditActor {

	UUID id();

	String email();

	/** SuperAdmins read the platform chain and every org's chain. */
	boolean superAdmin();

	/** An actor known only by id and email, e.g. a user logging in. */
	static AuditActor of(UUID id, String email) {
		return new Named(id, email);
	}

	/** A plain actor. */
	record Named(UUID id, String email) implements AuditActor {

		@Override
		public boolean superAdmin() {
			return false;
		}

	}

}
