package io.tenantry.identity;

import java.util.Optional;

/**
 * Org-bound keys that agents and scripts send as bearer tokens instead of a person's token; the
 * access module keeps them. A key's principal is the key itself, never a user.
 */
public interface AgentKeys {

	/** The principal of a live key, or empty for anything else (a user's token, a revoked key). */
	Optional<CurrentUser> authenticate(String key);

	/** Notes that the key's principal, now signed in, has just been used. */
	void used(CurrentUser agent);

}
