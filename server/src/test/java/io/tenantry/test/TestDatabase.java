package io.tenantry.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test JVM on the machine's server (127.0.0.1:5432, trust
 * auth): owned by a migration role, used by a non-superuser application role that owns no table,
 * so row-level security applies exactly as in production. Dropped when the JVM exits.
 */
public final class TestDatabase {

	public static final String OWNER_ROLE = "tenantry_owner";

	public static final String APP_ROLE = "tenantry_app";

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private static String url;

	private TestDatabase() {
	}

	/** The JDBC URL of this JVM's database, created on first use. */
	public static synchronized String url() {
		if (url == null) {
			String name = "tenantry_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
					Statement statement = admin.createStatement()) {
				createRole(statement, OWNER_ROLE);
				createRole(statement, APP_ROLE);
				statement.execute("CREATE DATABASE " + name + " OWNER " + OWNER_ROLE);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 is needed for the integration tests", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
			url = SERVER + name;
		}
		return url;
	}

	/** A connection as the PostgreSQL superuser, for tests that tamper with rows behind the application. */
	public static Connection superuserConnection() throws SQLException {
		return DriverManager.getConnection(url(), "postgres", "");
	}

	/** The first column of the first row of a one-parameter query, read as the PostgreSQL superuser. */
	public static String asSuperuser(String sql, Object parameter) throws SQLException {
		try (Connection superuser = superuserConnection(); PreparedStatement query = superuser.prepareStatement(sql)) {
			query.setObject(1, parameter);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	private static void createRole(Statement statement, String role) throws SQLException {
		try {
			statement.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
		}
		catch (SQLException ex) {
			// 42710 duplicate_object: another run created it first; 23505 a concurrent creation raced us.
			if (!"42710".equals(ex.getSQLState()) && !"23505".equals(ex.getSQLState())) {
				throw ex;
			}
		}
	}

	private static void drop(String name) {
		try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
		}
	}

}
