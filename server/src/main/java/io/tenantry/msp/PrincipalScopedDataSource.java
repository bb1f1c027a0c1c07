package io.tenantry.msp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.tenantry.identity.CurrentUser;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Names the signed-in user on every PostgreSQL connection it hands out ({@code tenantry.user_id},
 * empty when no one is signed in), so that row-level security shows only the orgs that user
 * reaches. Every checkout sets it, so a pooled connection never keeps a previous user.
 */
final class PrincipalScopedDataSource extends DelegatingDataSource {

	private static final String NAME_PRINCIPAL = "SELECT set_config('tenantry.user_id', ?, false)";

	PrincipalScopedDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return scoped(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return scoped(super.getConnection(username, password));
	}

	private static Connection scoped(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(NAME_PRINCIPAL)) {
			statement.setString(1, principalId());
			statement.execute();
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	private static String principalId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user.id().toString() : "";
	}

}
