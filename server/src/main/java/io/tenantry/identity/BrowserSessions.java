package io.tenantry.identity;

import java.util.UUID;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The browser sessions of a user, indexed by the user's id as principal name so that all of them
 * can be ended at once.
 */
@Component
public class BrowserSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	BrowserSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	/** The principal name a session of this user is indexed under. */
	public static String principalName(UUID userId) {
		return userId.toString();
	}

	void endAll(UUID userId) {
		this.sessions.findByPrincipalName(principalName(userId)).keySet().forEach(this.sessions::deleteById);
	}

}
