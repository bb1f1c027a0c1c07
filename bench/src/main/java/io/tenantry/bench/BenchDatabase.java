package io.tenantry.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tenantry.TenantryApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh PostgreSQL database for one run on the machine's server (127.0.0.1:5432, trust auth,
 * as the integration tests use), owned by the role that runs the migrations; dropped at close.
 * The application connects either as that owner or, as in production, as a role that owns no
 * table, so that row-level security applies.
 */
final class BenchDatabase implements AutoCloseable {

	static final String OWNER_ROLE = "tenantry_owner";

	static final String APP_ROLE = "tenantry_app";

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private final String name = "tenantry_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	BenchDatabase() throws SQLException {
		try (Connection admin = admin(); Statement statement = admin.createStatement()) {
			createRole(statement, OWNER_ROLE);
			createRole(statement, APP_ROLE);
			statement.execute("CREATE DATABASE " + this.name + " OWNER " + OWNER_ROLE);
		}
	}

	/**
	 * The whole application on this database, connecting as {@code role} (the owner runs the
	 * migrations either way); arguments, since they outrank application.yml.
	 */
	ConfigurableApplicationContext start(String role, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url(),
				"--spring.datasource.username=" + role, "--spring.datasource.password=",
				"--spring.flyway.user=" + OWNER_ROLE, "--spring.flyway.password=", "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(TenantryApplication.class).run(arguments.toArray(String[]::new));
	}

	/**
	 * A connection as the schema's owner, which row-level security lets see and write every row,
	 * with the driver settings the application uses on PostgreSQL (batches of inserts sent as
	 * multi-row inserts).
	 */
	Connection owner() throws SQLException {
		return DriverManager.getConnection(url() + "?reWriteBatchedInserts=true", OWNER_ROLE, "");
	}

	/**
	 * A connection as the application role naming {@code userId} as the application names its
	 * signed-in user, so that row-level security shows what that user reaches.
	 */
	Connection application(UUID userId) throws SQLException {
		Connection connection = DriverManager.getConnection(url(), APP_ROLE, "");
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT set_config('tenantry.user_id', '" + userId + "', false)");
		}
		return connection;
	}

	/**
	 * Lets the database settle after a bulk load, before anything is timed: vacuums and analyzes
	 * every table, which autovacuum would otherwise do on one of the machine's cores while the
	 * timings run, and writes the dirty pages out in a checkpoint.
	 */
	void settle() throws SQLException {
		try (Connection superuser = DriverManager.getConnection(url(), "postgres", "");
				Statement statement = superuser.createStatement()) {
			statement.execute("VACUUM (ANALYZE)");
			statement.execute("CHECKPOINT");
		}
	}

	private String url() {
		return SERVER + this.name;
	}

	@Override
	public void close() throws SQLException {
		try (Connection admin = admin(); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		}
	}

	private static void createRole(Statement statement, String role) throws SQLException {
		try {
			statement.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
		}
		catch (SQLException ex) {
			// 42710 duplicate_object: the role exists already (the test suite creates it too).
			if (!"42710".equals(ex.getSQLState())) {
				throw ex;
			}
		}
	}

	private static Connection admin() throws SQLException {
		return DriverManager.getConnection(SERVER + "postgres", "postgres", "");
	}

}
