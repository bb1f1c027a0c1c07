package io.tenantry.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import io.tenantry.identity.Users;
import io.tenantry.test.Api;
import io.tenantry.test.Fixtures;
import io.tenantry.test.IntegrationTest;
import io.tenantry.test.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chain's guarantees on PostgreSQL: serialized appends, tamper detection, append-only rows, atomicity. */
class AuditChainTest extends IntegrationTest {

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private Users users;

	private Fixtures fixtures;

	private Api admin;

	@TempDir
	private Path dir;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.api, this.users);
		this.admin = this.fixtures.admin();
	}

	@Test
	void concurrentAppendsToSeveralChainsLeaveContiguousValidChains() throws Exception {
		List<UUID> orgs = List.of(this.fixtures.org("Busy"), this.fixtures.org("Busy"), this.fixtures.org("Busy"));
		int threads = 8;
		int perThread = 30;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < perThread; i++) {
						record(AuditEvent.of(orgs.get((thread + i) % orgs.size()), "test.appended", thread + "/" + i,
								Map.of("i", i)));
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}

		long total = 0;
		for (UUID org : orgs) {
			List<Long> seqs = seqs(org);
			assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
			assertThat(verify(org)).isEqualTo(Map.of("valid", true, "entries", (long) seqs.size()));
			total += seqs.size() - 1;
		}
		assertThat(total).isEqualTo(threads * perThread);
	}

	@Test
	void aRowAlteredInTheDatabaseIsFoundAtItsSeqByTheServerAndTheOfflineVerifier() throws Exception {
		UUID org = this.fixtures.org("Tampered");
		for (int i = 0; i < 5; i++) {
			record(AuditEvent.of(org, "test.appended", i, Map.of("note", "line \"" + i + "\"\n\u00e9")));
		}
		Path intact = export(org, "intact.jsonl");
		assertThat(AuditFileVerifier.verify(intact)).isEqualTo(new ChainVerification(true, 6, null));

		try (Connection superuser = TestDatabase.superuserConnection(); Statement sql = superuser.createStatement()) {
			sql.execute("SET session_replication_role = replica");
			sql.executeUpdate("UPDATE audit_entries SET action = 'test.rewritten' WHERE org_id = '" + org + "' AND seq = 4");
		}

		Map<String, Object> server = verify(org);
		assertThat(server).containsEntry("valid", false).containsEntry("brokenAtSeq", 4L);
		Path tampered = export(org, "tampered.jsonl");
		assertThat(AuditFileVerifier.verify(tampered)).isEqualTo(new ChainVerification(false, 6, 4L));
		assertThat(AuditFileVerifier.run(new String[] { "verify-audit", tampered.toString() }, System.out, System.err))
			.isEqualTo(1);
		assertThat(AuditFileVerifier.run(new String[] { "verify-audit", intact.toString() }, System.out, System.err))
			.isZero();
	}

	@Test
	void aDeletedRowBreaksTheChainWhereItWas() throws Exception {
		UUID org = this.fixtures.org("Gap");
		for (int i = 0; i < 3; i++) {
			record(AuditEvent.of(org, "test.appended", i, Map.of()));
		}
		try (Connection superuser = TestDatabase.superuserConnection(); Statement sql = superuser.createStatement()) {
			sql.execute("SET session_replication_role = replica");
			sql.executeUpdate("DELETE FROM audit_entries WHERE org_id = '" + org + "' AND seq IN (2, 4)");
		}
		assertThat(verify(org)).containsEntry("valid", false).containsEntry("brokenAtSeq", 2L);
		assertThat(AuditFileVerifier.verify(export(org, "gap.jsonl")).brokenAtSeq()).isEqualTo(2L);
	}

	@Test
	void entriesRefuseUpdateAndDeleteFromTheApplicationRoleAndTheOwner() throws Exception {
		UUID org = this.fixtures.org("Immutable");
		for (String role : List.of(TestDatabase.APP_ROLE, TestDatabase.OWNER_ROLE)) {
			try (Connection connection = DriverManager.getConnection(TestDatabase.url(), role, "");
					Statement sql = connection.createStatement()) {
				assertThatThrownBy(() -> sql.executeUpdate(
						"UPDATE audit_entries SET action = 'x' WHERE org_id = '" + org + "'"))
					.isInstanceOf(SQLException.class);
				assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_entries WHERE org_id = '" + org + "'"))
					.isInstanceOf(SQLException.class);
			}
		}
		try (Connection owner = DriverManager.getConnection(TestDatabase.url(), TestDatabase.OWNER_ROLE, "");
				Statement sql = owner.createStatement()) {
			assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_entries WHERE org_id = '" + org + "'"))
				.hasMessageContaining("append-only");
		}
		assertThat(seqs(org)).containsExactly(1L);
	}

	@Test
	void aFailedChangeLeavesNoEntry() throws Exception {
		UUID org = this.fixtures.org("Atomic");
		TransactionTemplate tx = new TransactionTemplate(this.transactions);

		assertThatThrownBy(() -> tx.executeWithoutResult((status) -> {
			this.events.publishEvent(AuditEvent.of(org, "test.appended", "doomed", Map.of()));
			throw new IllegalStateException("the change fails");
		})).hasMessage("the change fails");

		assertThat(seqs(org)).containsExactly(1L);
		assertThat(verify(org)).containsEntry("valid", true);
	}

	@Test
	void anEventOutsideATransactionIsRefusedUnlessStandalone() throws Exception {
		UUID org = this.fixtures.org("Standalone");
		TransactionTemplate tx = new TransactionTemplate(this.transactions);

		assertThatThrownBy(() -> this.events.publishEvent(AuditEvent.of(org, "test.appended", null, Map.of())))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThatThrownBy(() -> tx.executeWithoutResult((status) -> {
			this.events.publishEvent(AuditEvent.of(org, "auth.login.failed", null, Map.of()).asStandalone());
			throw new IllegalStateException("login refused");
		})).hasMessage("login refused");

		assertThat(seqs(org)).containsExactly(1L, 2L);
		assertThat(this.admin.get("/api/v1/orgs/" + org + "/audit").json().get(0).get("action").asString())
			.isEqualTo("auth.login.failed");
	}

	private void record(AuditEvent event) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private Map<String, Object> verify(UUID org) {
		var json = this.admin.get("/api/v1/orgs/" + org + "/audit/verify").json();
		Map<String, Object> result = new java.util.HashMap<>();
		result.put("valid", json.get("valid").asBoolean());
		result.put("entries", json.get("entries").asLong());
		if (!json.get("brokenAtSeq").isNull()) {
			result.put("brokenAtSeq", json.get("brokenAtSeq").asLong());
		}
		return result;
	}

	private Path export(UUID org, String name) throws IOException {
		Api.Response response = this.admin.get("/api/v1/orgs/" + org + "/audit/export");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/x-ndjson");
		return Files.writeString(this.dir.resolve(name), response.body(), StandardCharsets.UTF_8);
	}

	private static List<Long> seqs(UUID org) throws SQLException {
		try (Connection superuser = TestDatabase.superuserConnection();
				PreparedStatement sql = superuser.prepareStatement(
						"SELECT seq FROM audit_entries WHERE org_id = ? ORDER BY seq")) {
			sql.setObject(1, org);
			List<Long> seqs = new ArrayList<>();
			try (ResultSet rs = sql.executeQuery()) {
				while (rs.next()) {
					seqs.add(rs.getLong(1));
				}
			}
			return seqs;
		}
	}

}
