package io.tenantry.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.LoggedIn;
import io.tenantry.identity.RunAs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A portal user's login is a portal action: besides the platform chain's entry, it is recorded
 * ({@code portal.login}) in the chain of every org where the user holds a portal role, in a
 * transaction of its own like the login's.
 */
@Component
class PortalLogins {

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownConnection;

	PortalLogins(AccessService access, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.access = access;
		this.events = events;
		this.ownConnection = new TransactionTemplate(transactions);
		this.ownConnection.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownConnection.setReadOnly(true);
	}

	@EventListener
	void loggedIn(LoggedIn login) {
		for (UUID orgId : portalOrgsOf(login.user())) {
			this.events.publishEvent(AuditEvent.of(orgId, "portal.login", login.user().id(),
					Map.of("channel", login.channel().label()))
				.withActor(login.user())
				.asStandalone());
		}
	}

	/**
	 * Asked before the user is signed in, when row-level security would hide their memberships:
	 * the lookup runs on a connection of its own that names the user.
	 */
	private List<UUID> portalOrgsOf(CurrentUser user) {
		return RunAs.user(user, () -> this.ownConnection.execute((status) -> this.access.reachable(user, false)
			.stream()
			.filter((org) -> org.role().isPortalRole())
			.map(OrgAccess::orgId)
			.toList()));
	}

}
