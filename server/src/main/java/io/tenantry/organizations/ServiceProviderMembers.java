package io.tenantry.organizations;

import java.util.UUID;

import io.tenantry.access.Role;
import io.tenantry.identity.PrivilegedUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells identity which users are ServiceProviders, for the platform's MFA requirement. */
@Component
class ServiceProviderMembers implements PrivilegedUsers {

	private final JdbcClient jdbc;

	ServiceProviderMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean holdsServiceProviderRole(UUID userId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM memberships WHERE user_id = :userId AND role = :role")
			.param("userId", userId)
			.param("role", Role.SERVICE_PROVIDER.name())
			.query(Long.class)
			.single() > 0;
	}

}
