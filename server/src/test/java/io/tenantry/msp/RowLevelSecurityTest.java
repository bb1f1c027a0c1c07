package io.tenantry.msp;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.tenantry.identity.CurrentUser;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** Row-level security on PostgreSQL: the database itself hides other tenants' rows. */
class RowLevelSecurityTest extends MspTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Test
	void batchesOfInsertsGoOutAsMultiRowInsertsSoThePoliciesRunOncePerStatementOfManyRows() throws SQLException {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);

		assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
	}

	@Test
	void aQueryWithoutItsOrgFilterReturnsNothingForeign() {
		UUID mine = this.fixtures.org("Mine");
		UUID foreign = this.fixtures.org("Foreign");
		TestUser me = this.fixtures.member(mine, "ORG_ADMIN");
		this.fixtures.member(foreign, "ORG_ADMIN");

		List<UUID> orgs = as(me, () -> this.jdbc.sql("SELECT DISTINCT org_id FROM memberships").query(UUID.class).list());

		assertThat(orgs).containsExactly(mine);
	}

	@Test
	void noTenantTableShowsAnOutsiderForeignRowsWithoutAnOrgFilter() throws SQLException {
		UUID foreign = this.fixtures.org("Foreign");
		this.fixtures.member(foreign, "CLIENT_ADMIN");
		this.fixtures.failingControl(foreign, "RLS");
		this.fixtures.admin().post("/api/v1/orgs/" + foreign + "/change-requests", Map.of("kind", "other", "details", "RLS"));
		UUID mine = this.fixtures.org("Mine");
		TestUser outsider = this.fixtures.member(mine, "ORG_ADMIN");
		int tablesWithForeignRows = 0;

		for (String table : tenantTables()) {
			String foreignRows = "SELECT COUNT(*) FROM " + table + " WHERE NOT (" + String.join(" OR ",
					orgColumns(table).stream().map((column) -> "COALESCE(" + column + " = '" + mine + "', FALSE)").toList())
					+ ")";
			if (countAsSuperuser(foreignRows) > 0) {
				tablesWithForeignRows++;
				assertThat(as(outsider, () -> this.jdbc.sql(foreignRows).query(Long.class).single())).as(table).isZero();
			}
		}
		assertThat(tablesWithForeignRows).as("tables with other tenants' rows to hide").isGreaterThanOrEqualTo(6);
	}

	@Test
	void resolvingTheSignedInUserMayItselfReadTheDatabase() {
		UUID mine = this.fixtures.org("Mine");
		TestUser me = this.fixtures.member(mine, "VIEWER");
		// A browser's security context is loaded from its session, which lives in the database.
		SecurityContextHolder.setDeferredContext(() -> {
			this.jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Integer.class).single();
			return new SecurityContextImpl(authentication(me));
		});

		List<UUID> orgs = this.jdbc.sql("SELECT DISTINCT org_id FROM memberships").query(UUID.class).list();

		assertThat(orgs).containsExactly(mine);
	}

	@Test
	void aConnectionWithoutAPrincipalSeesNoTenantRows() throws SQLException {
		String msp = mspOrg();
		addClient(msp, clientOrg(), "T2");
		member(msp, "SERVICE_PROVIDER");

		assertThat(tenantTables()).contains("memberships", "audit_entries", "msp_relationships", "msp_client_access", "msp_client_access_clients",
				"msp_client_access_exclusions");
		for (String table : tenantTables()) {
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single()).as(table).isZero();
			try (Connection app = DriverManager.getConnection(TestDatabase.url(), TestDatabase.APP_ROLE, "");
					Statement statement = app.createStatement();
					ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
				rows.next();
				assertThat(rows.getInt(1)).as(table).isZero();
			}
		}
	}

	@Test
	void rowsOfAnotherTenantCannotBeWritten() {
		UUID mine = this.fixtures.org("Mine");
		UUID foreign = this.fixtures.org("Foreign");
		TestUser me = this.fixtures.member(mine, "ORG_ADMIN");
		TestUser stranger = this.fixtures.user("stranger");

		assertThatException().isThrownBy(() -> as(me, () -> this.jdbc
			.sql("INSERT INTO memberships (org_id, user_id, role, created_at) VALUES (:org, :user, 'ORG_ADMIN', :at)")
			.param("org", foreign)
			.param("user", stranger.id())
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.update()));
		int changed = as(me, () -> this.jdbc.sql("UPDATE memberships SET role = 'VIEWER' WHERE org_id = :org")
			.param("org", foreign)
			.update());
		assertThat(changed).isZero();
	}

	@Test
	void mspMembersSeeTheClientsTheyReachAndNoOthers() {
		UUID msp = this.fixtures.org("MSP", true);
		UUID granted = this.fixtures.org("Granted");
		UUID other = this.fixtures.org("Other");
		addClient(msp.toString(), granted.toString(), "T1");
		addClient(msp.toString(), other.toString(), "T1");
		TestUser mspAdmin = this.fixtures.member(msp, "ORG_ADMIN");
		TestUser technician = this.fixtures.member(msp, "SERVICE_PROVIDER");
		this.fixtures.member(granted, "VIEWER");
		this.fixtures.member(other, "VIEWER");
		this.admin.put(MspGrantPathTest.access(msp.toString(), technician.id().toString()),
				java.util.Map.of("allClients", true, "excludedClientOrgIds", List.of(other)));

		Supplier<List<UUID>> memberOrgs = () -> this.jdbc.sql("SELECT DISTINCT org_id FROM memberships").query(UUID.class).list();
		assertThat(as(mspAdmin, memberOrgs)).containsExactlyInAnyOrder(msp, granted, other);
		assertThat(as(technician, memberOrgs)).containsExactlyInAnyOrder(msp, granted);

		this.admin.delete(MspClientsApiTest.clients(msp.toString()) + "/" + other);
		addClient(msp.toString(), other.toString(), "T1");

		assertThat(as(technician, memberOrgs)).as("blocked after its client was added again").containsExactlyInAnyOrder(msp, granted);
	}

	@Test
	void aSuspendedUserSeesNotEvenTheirOwnMemberships() {
		UUID mine = this.fixtures.org("Mine");
		TestUser me = this.fixtures.member(mine, "ORG_ADMIN");
		Supplier<List<UUID>> myMemberships = () -> this.jdbc.sql("SELECT org_id FROM memberships WHERE user_id = :me")
			.param("me", me.id())
			.query(UUID.class)
			.list();

		assertThat(as(me, myMemberships)).containsExactly(mine);
		this.fixtures.suspend(me);
		assertThat(as(me, myMemberships)).isEmpty();
	}

	@Test
	void anApiKeySeesItsOrgsRowsAloneAndNothingOnceRevoked() {
		UUID mine = this.fixtures.org("Mine");
		UUID foreign = this.fixtures.org("Foreign");
		this.fixtures.failingControl(mine, "RLS");
		this.fixtures.failingControl(foreign, "RLS");
		String keys = "/api/v1/orgs/" + mine + "/api-keys";
		String keyId = this.admin.post(keys, Map.of("name", "RLS agent")).json().get("id").asString();
		Authentication key = UsernamePasswordAuthenticationToken
			.authenticated(new CurrentUser(UUID.fromString(keyId), "apikey:tnt_rls", "RLS agent", false), null, List.of());
		Supplier<List<UUID>> scannedOrgs = () -> this.jdbc.sql("SELECT DISTINCT org_id FROM compliance_scans")
			.query(UUID.class)
			.list();

		assertThat(as(key, scannedOrgs)).containsExactly(mine);
		this.admin.delete(keys + "/" + keyId);
		assertThat(as(key, scannedOrgs)).isEmpty();
	}

	@Test
	void everyTenantTableForcesRowLevelSecurityOnANonBypassingRole() throws SQLException {
		try (Connection app = DriverManager.getConnection(TestDatabase.url(), TestDatabase.APP_ROLE, "");
				Statement statement = app.createStatement();
				ResultSet role = statement.executeQuery("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
			role.next();
			assertThat(role.getBoolean("rolsuper")).isFalse();
			assertThat(role.getBoolean("rolbypassrls")).isFalse();
		}
		try (Connection admin = TestDatabase.superuserConnection();
				Statement statement = admin.createStatement();
				ResultSet tables = statement.executeQuery("""
						SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c
						WHERE c.relname IN (%s)""".formatted(quoted(tenantTables())))) {
			int count = 0;
			while (tables.next()) {
				count++;
				assertThat(tables.getBoolean("relrowsecurity")).as(tables.getString("relname")).isTrue();
				assertThat(tables.getBoolean("relforcerowsecurity")).as(tables.getString("relname")).isTrue();
			}
			assertThat(count).isEqualTo(tenantTables().size());
		}
	}

	/**
	 * Chain heads (sequence and hash), locked by every append whoever the actor, portal branding,
	 * which sign-in pages and mails show before anyone signs in, and pending scan runs and schedules,
	 * which scanner callbacks and the scan sweeps read to find the user the work runs as, and API
	 * keys, which a bearer key is looked up in before anyone is signed in (only their writes are
	 * restricted); see the README.
	 */
	private static final Set<String> NOT_TENANT_ROWS = Set.of("audit_chains", "portal_branding", "scan_runs",
			"scan_schedules", "api_keys");

	/** Every table with an org column: the tables row-level security must cover (see the README). */
	private static List<String> tenantTables() throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection admin = TestDatabase.superuserConnection();
				Statement statement = admin.createStatement();
				ResultSet rows = statement.executeQuery("""
						SELECT DISTINCT c.table_name FROM information_schema.columns c
						JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
						WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
						  AND (c.column_name = 'org_id' OR c.column_name LIKE '%\\_org\\_id' ESCAPE '\\')
						ORDER BY c.table_name""")) {
			while (rows.next()) {
				if (!NOT_TENANT_ROWS.contains(rows.getString(1))) {
					tables.add(rows.getString(1));
				}
			}
		}
		return tables;
	}

	private static List<String> orgColumns(String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Connection admin = TestDatabase.superuserConnection();
				Statement statement = admin.createStatement();
				ResultSet rows = statement.executeQuery("""
						SELECT column_name FROM information_schema.columns
						WHERE table_schema = current_schema() AND table_name = '%s'
						  AND (column_name = 'org_id' OR column_name LIKE '%%\\_org\\_id' ESCAPE '\\')""".formatted(table))) {
			while (rows.next()) {
				columns.add(rows.getString(1));
			}
		}
		return columns;
	}

	private static long countAsSuperuser(String query) throws SQLException {
		try (Connection admin = TestDatabase.superuserConnection();
				Statement statement = admin.createStatement();
				ResultSet count = statement.executeQuery(query)) {
			count.next();
			return count.getLong(1);
		}
	}

	private static String quoted(List<String> names) {
		return String.join(", ", names.stream().map((name) -> "'" + name + "'").toList());
	}

	private static Authentication authentication(TestUser user) {
		CurrentUser principal = new CurrentUser(user.id(), user.email(), "Test", false);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of());
	}

	private static <T> T as(TestUser user, Supplier<T> query) {
		return as(authentication(user), query);
	}

	private static <T> T as(Authentication principal, Supplier<T> query) {
		SecurityContextHolder.getContext().setAuthentication(principal);
		try {
			return query.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
