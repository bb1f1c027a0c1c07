package io.tenantry.msp;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.tenantry.test.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The orgs each user reaches, which row-level security reads, are stored (V10_12): every change of
 * what they are made of, alone or side by side with another, leaves them as the rules work them out.
 */
class StoredReachTest extends MspTest {

	@Test
	void everyChangeOfWhatReachIsMadeOfKeepsTheStoredReachAsTheRulesWorkItOut() throws SQLException {
		String msp = mspOrg();
		String kept = clientOrg();
		String blocked = clientOrg();
		String listed = clientOrg();
		Person mspAdmin = member(msp, "ORG_ADMIN");
		Person allButOne = member(msp, "SERVICE_PROVIDER");
		Person listedOnly = member(msp, "SERVICE_PROVIDER");
		Person clientViewer = member(kept, "VIEWER");
		addClient(msp, kept, "T1");
		addClient(msp, blocked, "T2");
		addClient(msp, listed, "T3");
		this.admin.put(MspGrantPathTest.access(msp, allButOne.id()),
				Map.of("allClients", true, "excludedClientOrgIds", List.of(blocked)));
		this.admin.put(MspGrantPathTest.access(msp, listedOnly.id()),
				Map.of("allClients", false, "clientOrgIds", List.of(listed)));

		assertThat(stored(mspAdmin)).containsExactlyInAnyOrder(msp, kept, blocked, listed);
		assertThat(stored(allButOne)).containsExactlyInAnyOrder(msp, kept, listed);
		assertThat(stored(listedOnly)).containsExactlyInAnyOrder(msp, listed);
		assertThat(stored(clientViewer)).containsExactly(kept);
		assertThat(usersWhoseStoredReachDiffers()).isEmpty();

		archive(listed);
		assertThat(stored(allButOne)).containsExactlyInAnyOrder(msp, kept);
		assertThat(stored(listedOnly)).containsExactly(msp);

		assertThat(this.admin.delete(MspClientsApiTest.clients(msp) + "/" + kept).status()).isEqualTo(204);
		assertThat(usersWhoseStoredReachDiffers()).isEmpty();
		assertThat(stored(allButOne)).containsExactly(msp);
		assertThat(stored(mspAdmin)).containsExactlyInAnyOrder(msp, blocked);

		String promotion = "/api/v1/orgs/" + msp + "/members/" + listedOnly.id();
		assertThat(this.admin.patch(promotion, Map.of("role", "ORG_ADMIN")).status()).isEqualTo(200);
		assertThat(stored(listedOnly)).containsExactlyInAnyOrder(msp, blocked);

		disableMspPortal(msp);
		assertThat(stored(listedOnly)).containsExactly(msp);
		assertThat(stored(mspAdmin)).containsExactly(msp);
		assertThat(usersWhoseStoredReachDiffers()).isEmpty();
	}

	@Test
	void aClientAddedWhileAnotherTransactionMakesAnAdminReachesThatAdmin() throws Exception {
		UUID msp = this.fixtures.org("MSP", true);
		UUID client = this.fixtures.org("Client");
		UUID newAdmin = this.fixtures.user("new-admin").id();
		try (Connection making = TestDatabase.superuserConnection(); Connection relating = TestDatabase.superuserConnection()) {
			making.setAutoCommit(false);
			insert(making, "INSERT INTO memberships (org_id, user_id, role, created_at) VALUES (?, ?, 'ORG_ADMIN', ?)", msp,
					newAdmin);
			// Neither transaction sees the other's row: the client's refresh must wait for the membership's.
			CompletableFuture<Void> related = CompletableFuture.runAsync(() -> {
				try {
					insert(relating, "INSERT INTO msp_relationships (msp_org_id, client_org_id, tier, created_at) VALUES (?, ?, 'T1', ?)",
							msp, client);
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			awaitWaitingForTheReachLock(related);
			making.commit();
			related.get(30, TimeUnit.SECONDS);
		}

		assertThat(storedReach(newAdmin)).containsExactlyInAnyOrder(msp, client);
	}

	@Test
	void aConnectionReadsItsOwnUsersReachAloneAndCanNeitherWriteNorRefreshIt() throws SQLException {
		String mine = clientOrg();
		Person me = member(mine, "VIEWER");
		member(clientOrg(), "VIEWER");
		try (Connection app = DriverManager.getConnection(TestDatabase.url(), TestDatabase.APP_ROLE, "");
				Statement statement = app.createStatement()) {
			statement.execute("SELECT set_config('tenantry.user_id', '" + me.id() + "', false)");
			try (ResultSet rows = statement.executeQuery("SELECT principal_id, org_id FROM tenantry_reach")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString("principal_id")).isEqualTo(me.id());
				assertThat(rows.getString("org_id")).isEqualTo(mine);
				assertThat(rows.next()).isFalse();
			}
			for (String write : List.of("INSERT INTO tenantry_reach VALUES ('" + me.id() + "', gen_random_uuid())",
					"DELETE FROM tenantry_reach", "SELECT * FROM tenantry_reach_of(gen_random_uuid())",
					"SELECT tenantry_refresh_reach(ARRAY[gen_random_uuid()])")) {
				assertThatExceptionOfType(SQLException.class).as(write)
					.isThrownBy(() -> statement.execute(write))
					.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("42501"));
			}
		}
	}

	private List<String> stored(Person person) throws SQLException {
		return storedReach(UUID.fromString(person.id())).stream().map(UUID::toString).toList();
	}

	private static List<UUID> storedReach(UUID principal) throws SQLException {
		try (Connection admin = TestDatabase.superuserConnection();
				PreparedStatement statement = admin.prepareStatement("SELECT org_id FROM tenantry_reach WHERE principal_id = ?")) {
			statement.setObject(1, principal);
			return uuids(statement);
		}
	}

	/** Users whose stored reach is not what tenantry_reach_of() works out from the tables now. */
	private static List<UUID> usersWhoseStoredReachDiffers() throws SQLException {
		try (Connection admin = TestDatabase.superuserConnection();
				PreparedStatement statement = admin.prepareStatement("""
						SELECT u.id FROM users u
						WHERE ARRAY(SELECT org_id FROM tenantry_reach WHERE principal_id = u.id ORDER BY org_id)
						  IS DISTINCT FROM ARRAY(SELECT DISTINCT r FROM tenantry_reach_of(u.id) r ORDER BY r)""")) {
			return uuids(statement);
		}
	}

	private static List<UUID> uuids(PreparedStatement statement) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				ids.add(rows.getObject(1, UUID.class));
			}
		}
		return ids;
	}

	private static void insert(Connection connection, String sql, UUID first, UUID second) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, first);
			statement.setObject(2, second);
			statement.setTimestamp(3, Timestamp.from(Instant.now()));
			statement.executeUpdate();
		}
	}

	/** Until a session waits for the reach lock (or the insert ended without waiting, which fails the test). */
	private static void awaitWaitingForTheReachLock(CompletableFuture<Void> insert) throws Exception {
		try (Connection admin = TestDatabase.superuserConnection();
				PreparedStatement waiting = admin.prepareStatement(
						"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = "
								+ "(SELECT oid FROM pg_database WHERE datname = current_database())")) {
			while (!insert.isDone()) {
				try (ResultSet count = waiting.executeQuery()) {
					count.next();
					if (count.getInt(1) > 0) {
						return;
					}
				}
				Thread.sleep(10);
			}
		}
		throw new AssertionError("The client was related without waiting for the membership's transaction");
	}

}
