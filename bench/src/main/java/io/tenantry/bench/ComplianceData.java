package io.tenantry.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.compliance.ComplianceScore;
import io.tenantry.compliance.Finding;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.compliance.Severity;

/**
 * The benchmark's data, written by set-based SQL on a connection as the schema's owner after the
 * application created the schema: an MSP's clients at tiers, a catalogue of controls, completed
 * scans with one result per control, and summary rows that the application itself fills in.
 */
final class ComplianceData {

	private static final int BATCH = 1000;

	/** A control's status from a hash of the scan and the control: the org's pass rate, else mostly FAIL. */
	private static final String STATUS = """
			CASE WHEN abs(hashtext(s.id::text || c.control_id)) % 100 < 50 + abs(hashtext(s.org_id::text)) % 45 THEN 'PASS'
			  WHEN abs(hashtext(c.control_id || s.id::text)) % 10 < 8 THEN 'FAIL'
			  WHEN abs(hashtext(c.control_id || s.id::text)) % 10 < 9 THEN 'MANUAL' ELSE 'NOT_APPLICABLE' END
			""";

	private final Connection owner;

	private final UUID mspOrgId;

	ComplianceData(Connection owner, UUID mspOrgId) {
		this.owner = owner;
		this.mspOrgId = mspOrgId;
	}

	/** Fills the catalogue up to {@code total} controls with controls of a framework of the bench's own. */
	void controls(int total) throws SQLException {
		transaction(() -> {
			execute("INSERT INTO compliance_frameworks (id, name) VALUES ('bench', 'Benchmark controls')");
			execute("""
					INSERT INTO compliance_controls (control_id, framework_id, title, severity)
					SELECT 'BENCH.' || n, 'bench', 'Benchmark control ' || n,
					  (ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'])[1 + n % 5]
					FROM generate_series(1, ? - (SELECT count(*) FROM compliance_controls)) n
					""", total);
		});
	}

	/** Creates {@code count} client orgs of the MSP, at tiers T1, T2 and T3 in turn. */
	void clients(int count) throws SQLException {
		transaction(() -> execute("""
				WITH clients AS (
				  INSERT INTO organizations (id, name, created_at)
				  SELECT gen_random_uuid(), 'Client ' || lpad(n::text, 4, '0'), now() FROM generate_series(1, ?) n
				  RETURNING id, name
				)
				INSERT INTO msp_relationships (msp_org_id, client_org_id, tier, created_at)
				SELECT ?, id, 'T' || (1 + right(name, 4)::int % 3), now() FROM clients
				""", count, this.mspOrgId));
	}

	/** A client at tier T3, whose scans the MSP's OrgAdmin may import. */
	UUID managedClient() throws SQLException {
		try (PreparedStatement statement = this.owner.prepareStatement(
				"SELECT client_org_id FROM msp_relationships WHERE msp_org_id = ? AND tier = 'T3' LIMIT 1")) {
			statement.setObject(1, this.mspOrgId);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getObject(1, UUID.class);
			}
		}
	}

	/**
	 * Adds completed scans {@code from}..{@code to} to every client, scan n completed n - 1 days
	 * before the latest (an hour ago): one result per control, the per-control statuses rolled up
	 * from them, and the scan's counts and score as the application computes them.
	 */
	void scans(int from, int to) throws SQLException {
		transaction(() -> {
			execute("""
					CREATE TEMPORARY TABLE bench_scans ON COMMIT DROP AS
					SELECT r.client_org_id AS org_id, gen_random_uuid() AS id,
					  now() - interval '1 hour' - (n - 1) * interval '1 day' AS at
					FROM msp_relationships r CROSS JOIN generate_series(?, ?) n WHERE r.msp_org_id = ?
					""", from, to, this.mspOrgId);
			execute("""
					INSERT INTO compliance_scans (org_id, id, state, source, format, started_at, completed_at, created_at)
					SELECT org_id, id, 'COMPLETED', 'IMPORT', 'native', at, at, at FROM bench_scans
					""");
			execute("""
					INSERT INTO compliance_scan_results (org_id, scan_id, seq, control_id, status, resource)
					SELECT s.org_id, s.id, c.seq, c.control_id, %s, 'tenant.example'
					FROM bench_scans s
					CROSS JOIN (SELECT control_id, row_number() OVER (ORDER BY control_id) AS seq FROM compliance_controls) c
					""".formatted(STATUS));
			execute("""
					INSERT INTO compliance_scan_controls (org_id, scan_id, control_id, status)
					SELECT r.org_id, r.scan_id, r.control_id, r.status
					FROM compliance_scan_results r JOIN bench_scans s ON s.org_id = r.org_id AND s.id = r.scan_id
					""");
			execute("""
					UPDATE compliance_scans s SET passed = t.passed, failed = t.failed,
					  compliance_score = round(t.passed * 100.0 / NULLIF(t.passed + t.failed, 0), 1)
					FROM (SELECT c.org_id, c.scan_id, count(*) FILTER (WHERE c.status = 'PASS') AS passed,
					        count(*) FILTER (WHERE c.status = 'FAIL') AS failed
					      FROM compliance_scan_controls c JOIN bench_scans b ON b.org_id = c.org_id AND b.id = c.scan_id
					      GROUP BY c.org_id, c.scan_id) t
					WHERE s.org_id = t.org_id AND s.id = t.scan_id
					""");
		});
		execute("ANALYZE");
	}

	/**
	 * Gives every client a summary row due for recomputation, so that the application's own
	 * summary updater rewrites each one on the next dashboard read.
	 */
	void summariesDue() throws SQLException {
		transaction(() -> execute("""
				INSERT INTO compliance_org_summary (org_id, recompute_at, updated_at)
				SELECT client_org_id, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00Z', now()
				FROM msp_relationships WHERE msp_org_id = ?
				""", this.mspOrgId));
	}

	/**
	 * The clients whose summary row the application has recomputed and which agrees with the
	 * latest scan's counts and score as the SQL above computed them.
	 */
	int summariesAgreeingWithScans() throws SQLException {
		try (PreparedStatement statement = this.owner.prepareStatement("""
				SELECT count(*) FROM msp_relationships r
				JOIN compliance_org_summary s ON s.org_id = r.client_org_id
				JOIN compliance_scans c ON c.org_id = s.org_id AND c.id = s.last_scan_id
				WHERE r.msp_org_id = ? AND s.recompute_at IS NULL AND s.passing = c.passed AND s.failing = c.failed
				  AND s.compliance_score = c.compliance_score
				  AND c.completed_at = (SELECT max(l.completed_at) FROM compliance_scans l WHERE l.org_id = c.org_id)
				""")) {
			statement.setObject(1, this.mspOrgId);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	/** The catalogue's controls. */
	List<Control> catalogue() throws SQLException {
		List<Control> controls = new ArrayList<>();
		try (Statement statement = this.owner.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT control_id, title, severity FROM compliance_controls ORDER BY control_id")) {
			while (rs.next()) {
				controls.add(new Control(rs.getString(1), rs.getString(2), Severity.valueOf(rs.getString(3))));
			}
		}
		return controls;
	}

	/**
	 * Reads the rows the Client Dashboard shows with the statement it runs, as bare SQL on this
	 * connection: every unarchived client of the MSP with its name, tier, staleness setting and what
	 * the dashboard shows of its summary row, each column read as the application's row mapper reads
	 * it. Returns how many it read.
	 */
	int dashboardRows(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				SELECT r.client_org_id, o.name, r.tier, o.scan_stale_after_days, s.last_scan_at, s.compliance_score,
				  s.critical_failing, s.high_failing, s.recompute_at
				FROM msp_relationships r
				JOIN organizations o ON o.id = r.client_org_id
				LEFT JOIN compliance_org_summary s ON s.org_id = r.client_org_id
				WHERE r.msp_org_id = ? AND NOT o.archived
				""")) {
			statement.setObject(1, this.mspOrgId);
			int rows = 0;
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rs.getObject(1, UUID.class);
					rs.getString(2);
					rs.getString(3);
					rs.getInt(4);
					rs.getObject(5, OffsetDateTime.class);
					rs.getBigDecimal(6);
					rs.getInt(7);
					rs.getInt(8);
					rs.getObject(9, OffsetDateTime.class);
					rows++;
				}
			}
			return rows;
		}
	}

	/**
	 * Stores a scan of the findings as the import does, in one transaction with plain JDBC batches:
	 * the scan row, every finding, and each control's rolled-up status.
	 */
	void rawScan(UUID orgId, List<Finding> findings) throws SQLException {
		UUID scanId = UUID.randomUUID();
		Map<String, ResultStatus> statuses = ResultStatus.byControl(findings);
		int passed = (int) statuses.values().stream().filter((status) -> status == ResultStatus.PASS).count();
		int failed = (int) statuses.values().stream().filter((status) -> status == ResultStatus.FAIL).count();
		Timestamp now = Timestamp.from(Instant.now());
		transaction(() -> {
			execute("""
					INSERT INTO compliance_scans (org_id, id, state, source, format, started_at, completed_at, passed,
					  failed, compliance_score, created_at)
					VALUES (?, ?, 'COMPLETED', 'IMPORT', 'native', ?, ?, ?, ?, ?, ?)
					""", orgId, scanId, now, now, passed, failed, ComplianceScore.of(passed, failed), now);
			try (PreparedStatement insert = this.owner.prepareStatement("""
					INSERT INTO compliance_scan_results (org_id, scan_id, seq, control_id, status, resource, message)
					VALUES (?, ?, ?, ?, ?, ?, ?)
					""")) {
				for (int seq = 0; seq < findings.size(); seq++) {
					Finding finding = findings.get(seq);
					insert.setObject(1, orgId);
					insert.setObject(2, scanId);
					insert.setInt(3, seq);
					insert.setString(4, finding.controlId());
					insert.setString(5, finding.status().name());
					insert.setString(6, finding.resource());
					insert.setString(7, finding.message());
					addToBatch(insert, seq + 1);
				}
				insert.executeBatch();
			}
			try (PreparedStatement insert = this.owner.prepareStatement(
					"INSERT INTO compliance_scan_controls (org_id, scan_id, control_id, status) VALUES (?, ?, ?, ?)")) {
				int added = 0;
				for (Map.Entry<String, ResultStatus> status : statuses.entrySet()) {
					insert.setObject(1, orgId);
					insert.setObject(2, scanId);
					insert.setString(3, status.getKey());
					insert.setString(4, status.getValue().name());
					addToBatch(insert, ++added);
				}
				insert.executeBatch();
			}
		});
	}

	/** Adds the row to the batch and sends the batch every {@value #BATCH} rows, as the application's batches do. */
	private static void addToBatch(PreparedStatement insert, int added) throws SQLException {
		insert.addBatch();
		if (added % BATCH == 0) {
			insert.executeBatch();
		}
	}

	private void execute(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = this.owner.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.execute();
		}
	}

	private void transaction(Work work) throws SQLException {
		this.owner.setAutoCommit(false);
		try {
			work.run();
			this.owner.commit();
		}
		catch (SQLException ex) {
			this.owner.rollback();
			throw ex;
		}
		finally {
			this.owner.setAutoCommit(true);
		}
	}

	/** A control of the catalogue. */
	record Control(String id, String title, Severity severity) {
	}

	private interface Work {

		void run() throws SQLException;

	}

}
