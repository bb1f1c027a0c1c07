package io.tenantry.msp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.PrincipalLookup;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Names the signed-in user on every PostgreSQL connection it hands out ({@code tenantry.user_id},
 * empty when no one is signed in), so that row-level security shows only the orgs that user
 * reaches. Every checkout names its user, so a pooled connection never keeps a previous user; a
 * connection that already names that user is handed out without a statement. The lookups that
 * find out who is signed in ({@link PrincipalLookup}) take a connection as it is.
 * <p>
 * The principal is resolved before a connection is taken: resolving a browser's security context
 * may load the session from the database, and that nested checkout must not wait for a
 * connection while this thread already holds one (nor resolve the context again).
 */
final class PrincipalScopedDataSource extends DelegatingDataSource {

	private static final String NAME_PRINCIPAL = "SELECT set_config('tenantry.user_id', ?, false)";

	/**
	 * Whom each pooled connection names, as this data source last named it outside a transaction,
	 * where the setting lasts until it is set again (a rollback would undo one made inside).
	 * Keyed by the driver's connection, which the pool reuses and drops when it closes it.
	 */
	private final Map<Connection, String> named = Collections.synchronizedMap(new WeakHashMap<>());

	PrincipalScopedDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return handOut(super::getConnection);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return handOut(() -> super.getConnection(username, password));
	}

	private Connection handOut(PooledConnection pool) throws SQLException {
		if (PrincipalLookup.active()) {
			return pool.take();
		}
		String principal = principalId();
		return scoped(pool.take(), principal);
	}

	private Connection scoped(Connection connection, String principal) throws SQLException {
		try {
			Connection driverConnection = connection.unwrap(Connection.class);
			boolean lasting = connection.getAutoCommit();
			if (lasting && principal.equals(this.named.get(driverConnection))) {
				return connection;
			}
			this.named.remove(driverConnection);
			try (PreparedStatement statement = connection.prepareStatement(NAME_PRINCIPAL)) {
				statement.setString(1, principal);
				statement.execute();
			}
			if (lasting) {
				this.named.put(driverConnection, principal);
			}
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	/** The signed-in user's id, or empty; resolving it may load the session, a principal lookup. */
	private static String principalId() {
		Authentication authentication = PrincipalLookup
			.run(() -> SecurityContextHolder.getContext().getAuthentication());
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user.id().toString() : "";
	}

	/** A checkout from the target pool. */
	private interface PooledConnection {

		Connection take() throws SQLException;

	}

}
