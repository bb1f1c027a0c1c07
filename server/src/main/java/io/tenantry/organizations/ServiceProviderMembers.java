package io.tenantry.organizations;

import java.util.UUID;

import io.tenantry.access.Role;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.PrivilegedUsers;
import io.tenantry.identity.RunAs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Tells identity which users are ServiceProviders, for the platform's MFA requirement. */
@Component
class ServiceProviderMembers implements PrivilegedUsers {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownConnection;

	ServiceProviderMembers(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownConnection = new TransactionTemplate(transactions);
		this.ownConnection.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownConnection.setReadOnly(true);
	}

	/**
	 * Asked during login, before anyone is signed in, when row-level security would hide every
	 * membership: the query runs on a connection of its own that names the user being checked.
	 */
	@Override
	public boolean holdsServiceProviderRole(UUID userId) {
		return RunAs.user(new CurrentUser(userId, "", "", false),
				() -> Boolean.TRUE.equals(this.ownConnection.execute((status) -> this.jdbc
					.sql("SELECT COUNT(*) FROM memberships WHERE user_id = :userId AND role = :role")
					.param("userId", userId)
					.param("role", Role.SERVICE_PROVIDER.name())
					.query(Long.class)
					.single() > 0)));
	}

}
