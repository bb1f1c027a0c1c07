package io.tenantry.identity;

import java.util.Map;

import io.tenantry.audit.AuditActor;
import io.tenantry.audit.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The platform audit-chain entries of identity: logins and their MFA steps, logouts, user
 * creation, suspension and MFA changes. Login outcomes are written in transactions of their own,
 * so a failed attempt is recorded although its request changes nothing else.
 */
@Component
public class IdentityAudit {

	private final ApplicationEventPublisher events;

	IdentityAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	void loginSucceeded(UserAccount user, LoginChannel channel, boolean withMfa) {
		login("auth.login_succeeded", user, Map.of("channel", channel.label(), "mfa", withMfa));
	}

	void mfaChallenged(UserAccount user, LoginChannel channel) {
		login("auth.mfa_challenged", user, Map.of("channel", channel.label()));
	}

	void mfaFailed(UserAccount user, LoginChannel channel) {
		login("auth.login_failed", user, Map.of("channel", channel.label(), "reason", "mfa_invalid"));
	}

	/** A wrong email or password; the attempted email is kept, whether or not an account uses it. */
	void passwordFailed(String email, LoginChannel channel) {
		this.events.publishEvent(AuditEvent.platform("auth.login_failed", null,
				Map.of("email", email, "channel", channel.label(), "reason", "invalid_credentials")).asStandalone());
	}

	/** Ends a session or token; in the caller's transaction when there is one. */
	public void loggedOut(CurrentUser user, LoginChannel channel, boolean standalone) {
		AuditEvent event = AuditEvent.platform("auth.logged_out", user.id(), Map.of("channel", channel.label()))
			.withActor(user);
		this.events.publishEvent(standalone ? event.asStandalone() : event);
	}

	void userCreated(UserAccount user, boolean invited) {
		this.events.publishEvent(AuditEvent.platform("user.created", user.id(),
				Map.of("email", user.email(), "invited", invited, "superAdmin", user.superAdmin())));
	}

	void userChanged(UserAccount before, UserAccount after) {
		String action = (before.status() == after.status()) ? "user.updated"
				: (after.status() == UserStatus.SUSPENDED) ? "user.suspended" : "user.reactivated";
		this.events.publishEvent(AuditEvent.platform(action, after.id(), Map.of("email", after.email(), "before",
				Map.of("name", before.name(), "status", before.status().name()), "after",
				Map.of("name", after.name(), "status", after.status().name()))));
	}

	void passwordSet(UserAccount user, String via) {
		this.events.publishEvent(AuditEvent.platform("user.password_set", user.id(), Map.of("via", via))
			.withActor(AuditActor.of(user.id(), user.email())));
	}

	void passwordChanged(CurrentUser user) {
		this.events.publishEvent(AuditEvent.platform("user.password_set", user.id(), Map.of("via", "change")));
	}

	void mfaEnrollmentStarted(CurrentUser user) {
		this.events.publishEvent(AuditEvent.platform("user.mfa_enrolment_started", user.id(), Map.of()));
	}

	void platformSettingsChanged(boolean requireMfaBefore, boolean requireMfaAfter) {
		this.events.publishEvent(AuditEvent.platform("platform.settings_updated", null,
				Map.of("requireMfaForPrivileged", Map.of("before", requireMfaBefore, "after", requireMfaAfter))));
	}

	void mfaChanged(CurrentUser user, boolean enabled) {
		this.events.publishEvent(AuditEvent.platform(enabled ? "user.mfa_enabled" : "user.mfa_disabled", user.id(),
				Map.of()));
	}

	private void login(String action, UserAccount user, Map<String, Object> details) {
		this.events.publishEvent(AuditEvent.platform(action, user.id(), details)
			.withActor(AuditActor.of(user.id(), user.email()))
			.asStandalone());
	}

}
