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
 * <p>
 * The principal is resolved before a connection is taken: resolving a browser's security context
 * may load the session from the database, and that nested checkout must not wait for a
 * connection while this thread already holds one (nor resolve the context again).
 */
final class PrincipalScopedDataSource extends DelegatingDataSource {

	private static final String NAME_PRINCIPAL = "SELECT set_config('tenantry.user_id', ?, false)";

	private static final ThreadLocal<Boolean> RESOLVING = new ThreadLocal<>();

	PrincipalScopedDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		String principal = principalId();
		return scoped(super.getConnection(), principal);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		String principal = principalId();
		return scoped(super.getConnection(username, password), principal);
	}

	private static Connection scoped(Connection connection, String principal) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(NAME_PRINCIPAL)) {
			statement.setString(1, principal);
			statement.execute();
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	/** The signed-in user's id, or empty; empty too for the session lookup that resolving it may need. */
	private static String principalId() {
		if (RESOLVING.get() != null) {
			return "";
		}
		RESOLVING.set(Boolean.TRUE);
		try {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user.id().toString() : "";
		}
		finally {
			RESOLVING.remove();
		}
	}

}
