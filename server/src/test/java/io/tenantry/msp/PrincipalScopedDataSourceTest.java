package io.tenantry.msp;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.PrincipalLookup;
import io.tenantry.test.IntegrationTest;
import io.tenantry.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's pooled connections name whoever is signed in on the thread that takes them,
 * and send nothing to a connection that already names that user.
 */
class PrincipalScopedDataSourceTest extends IntegrationTest {

	private static final String MARKER = "SELECT 'after the first checkout'";

	@Autowired
	private DataSource dataSource;

	@Test
	void aConnectionThatAlreadyNamesTheSignedInUserIsHandedOutWithoutAStatement() throws SQLException {
		UUID user = signIn();
		int backend = backendNamingOnce(user);
		try (Connection again = sameBackend(backend)) {
			assertThat(lastStatementOf(backend)).isEqualTo(MARKER);
			assertThat(named(again)).isEqualTo(user.toString());
		}
	}

	@Test
	void aCheckoutForAnotherUserOrForNoOneNamesThem() throws SQLException {
		int backend = backendNamingOnce(signIn());
		UUID other = signIn();
		try (Connection connection = sameBackend(backend)) {
			assertThat(named(connection)).isEqualTo(other.toString());
		}
		SecurityContextHolder.clearContext();
		try (Connection connection = sameBackend(backend)) {
			assertThat(named(connection)).isEmpty();
		}
	}

	@Test
	void aLookupOfWhoIsSigningInTakesTheConnectionAsItIs() throws SQLException {
		UUID user = signIn();
		int backend = backendNamingOnce(user);
		SecurityContextHolder.clearContext();
		String seen = PrincipalLookup.run(() -> {
			try (Connection connection = sameBackend(backend)) {
				return named(connection);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(seen).isEqualTo(user.toString());
		try (Connection connection = sameBackend(backend)) {
			assertThat(named(connection)).isEmpty();
		}
	}

	private static UUID signIn() {
		UUID id = UUID.randomUUID();
		CurrentUser user = new CurrentUser(id, id + "@example.test", "Someone", false);
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_USER"));
		return id;
	}

	/** Takes a connection for the signed-in user, ends on the marker statement, returns its backend. */
	private int backendNamingOnce(UUID user) throws SQLException {
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(named(connection)).isEqualTo(user.toString());
			int backend = backendOf(connection);
			statement.execute(MARKER);
			return backend;
		}
	}

	/**
	 * A checkout that the pool serves from the given backend: the pool hands a thread back the
	 * connection it returned last, unless another thread (the scheduler's poll) holds it just then.
	 */
	private Connection sameBackend(int backend) throws SQLException {
		for (int attempt = 0; attempt < 20; attempt++) {
			Connection connection = this.dataSource.getConnection();
			if (backendOf(connection) == backend) {
				return connection;
			}
			connection.close();
		}
		throw new IllegalStateException("The pool did not hand back backend " + backend);
	}

	private static String named(Connection connection) throws SQLException {
		return single(connection, "SELECT coalesce(current_setting('tenantry.user_id', true), '')");
	}

	/** The server process behind the connection, as the driver knows it: no statement sent. */
	private static int backendOf(Connection connection) throws SQLException {
		return connection.unwrap(PGConnection.class).getBackendPID();
	}

	private static String lastStatementOf(int backend) throws SQLException {
		return TestDatabase.asSuperuser("SELECT query FROM pg_stat_activity WHERE pid = ?", backend);
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
