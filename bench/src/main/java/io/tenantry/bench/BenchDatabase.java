package io.tenantry.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one run on the machine's server (127.0.0.1:5432, trust auth,
 * as the integration tests use), owned by the role the application connects as; dropped at close.
 */
final class BenchDatabase implements AutoCloseable {

	static final String ROLE = "tenantry_owner";

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private final String name = "tenantry_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	BenchDatabase() throws SQLException {
		try (Connection admin = admin(); Statement statement = admin.createStatement()) {
			try {
				statement.execute("CREATE ROLE " + ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
			}
			catch (SQLException ex) {
				// 42710 duplicate_object: the role exists already (the test suite creates it too).
				if (!"42710".equals(ex.getSQLState())) {
					throw ex;
				}
			}
			statement.execute("CREATE DATABASE " + this.name + " OWNER " + ROLE);
		}
	}

	String url() {
		return SERVER + this.name;
	}

	@Override
	public void close() throws SQLException {
		try (Connection admin = admin(); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		}
	}

	private static Connection admin() throws SQLException {
		return DriverManager.getConnection(SERVER + "postgres", "postgres", "");
	}

}
