package io.tenantry.compliance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scans, their findings and their per-control statuses; every query filters by org first. */
@Repository
class ScanRepository {

	private static final int BATCH = 1000;

	private static final int MAX_REASON = 1000;

	private static final String SCAN_COLUMNS = "id, state, source, format, tenant, started_at, completed_at, passed, "
			+ "failed, compliance_score, failure_reason";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ScanRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void insert(UUID orgId, ScanView scan, @Nullable UUID createdBy, Instant createdAt) {
		this.jdbc.sql("""
				INSERT INTO compliance_scans (org_id, id, state, source, format, tenant, started_at, completed_at,
				  passed, failed, compliance_score, created_by, created_at)
				VALUES (:orgId, :id, :state, :source, :format, :tenant, :startedAt, :completedAt, :passed, :failed,
				  :score, :createdBy, :createdAt)
				""")
			.param("orgId", orgId)
			.param("id", scan.id())
			.param("state", scan.status().name())
			.param("source", scan.source().name())
			.param("format", scan.format())
			.param("tenant", scan.tenant())
			.param("startedAt", timestamp(scan.startedAt()))
			.param("completedAt", timestamp(scan.completedAt()))
			.param("passed", scan.passed())
			.param("failed", scan.failed())
			.param("score", scan.complianceScore())
			.param("createdBy", createdBy)
			.param("createdAt", Timestamp.from(createdAt))
			.update();
	}

	/** Moves a scan between states, noting why when it failed; false when it was not in one of {@code from}. */
	boolean transition(UUID orgId, UUID scanId, List<ScanState> from, ScanState to, Instant at,
			@Nullable String failureReason) {
		return this.jdbc.sql("""
				UPDATE compliance_scans SET state = :to,
				  started_at = CASE WHEN :to = 'RUNNING' THEN :at ELSE started_at END,
				  completed_at = CASE WHEN :to = 'FAILED' THEN :at ELSE completed_at END,
				  failure_reason = :reason
				WHERE org_id = :orgId AND id = :id AND state IN (:from)
				""")
			.param("to", to.name())
			.param("reason", (failureReason != null && failureReason.length() > MAX_REASON)
					? failureReason.substring(0, MAX_REASON) : failureReason)
			.param("at", Timestamp.from(at))
			.param("orgId", orgId)
			.param("id", scanId)
			.param("from", from.stream().map(ScanState::name).toList())
			.update() == 1;
	}

	/** Writes a queued or running scan's completed state; false when it had already finished. */
	boolean completePending(UUID orgId, ScanView scan) {
		return this.jdbc.sql("""
				UPDATE compliance_scans SET state = 'COMPLETED', source = :source, format = :format, tenant = :tenant,
				  started_at = :startedAt, completed_at = :completedAt, passed = :passed, failed = :failed,
				  compliance_score = :score
				WHERE org_id = :orgId AND id = :id AND state IN ('QUEUED', 'RUNNING')
				""")
			.param("source", scan.source().name())
			.param("format", scan.format())
			.param("tenant", scan.tenant())
			.param("startedAt", timestamp(scan.startedAt()))
			.param("completedAt", timestamp(scan.completedAt()))
			.param("passed", scan.passed())
			.param("failed", scan.failed())
			.param("score", scan.complianceScore())
			.param("orgId", orgId)
			.param("id", scan.id())
			.update() == 1;
	}

	void insertResults(UUID orgId, UUID scanId, List<Finding> findings) {
		int[] seq = { 0 };
		this.template.batchUpdate("""
				INSERT INTO compliance_scan_results (org_id, scan_id, seq, control_id, status, resource, message)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""", findings, BATCH, (ps, finding) -> {
			ps.setObject(1, orgId);
			ps.setObject(2, scanId);
			ps.setInt(3, seq[0]++);
			ps.setString(4, finding.controlId());
			ps.setString(5, finding.status().name());
			ps.setString(6, finding.resource());
			ps.setString(7, finding.message());
		});
	}

	/** Each control's status in the scan, with the title and severity the scan's file defines it by, if it does. */
	void insertControlStatuses(UUID orgId, UUID scanId, Map<String, ResultStatus> statuses,
			Map<String, ControlDefinition> definedByFile) {
		this.template.batchUpdate("""
				INSERT INTO compliance_scan_controls (org_id, scan_id, control_id, status, title, severity)
				VALUES (?, ?, ?, ?, ?, ?)
				""", statuses.entrySet(), BATCH, (ps, entry) -> {
			ControlDefinition definition = definedByFile.get(entry.getKey());
			ps.setObject(1, orgId);
			ps.setObject(2, scanId);
			ps.setString(3, entry.getKey());
			ps.setString(4, entry.getValue().name());
			ps.setString(5, (definition != null) ? definition.title() : null);
			ps.setString(6, (definition != null) ? definition.severity().name() : null);
		});
	}

	List<ScanView> list(UUID orgId, int limit) {
		return this.jdbc.sql("SELECT " + SCAN_COLUMNS + " FROM compliance_scans WHERE org_id = :orgId "
				+ "ORDER BY COALESCE(completed_at, created_at) DESC, created_at DESC LIMIT :limit")
			.param("orgId", orgId)
			.param("limit", limit)
			.query(ScanRepository::toScan)
			.list();
	}

	Optional<ScanView> find(UUID orgId, UUID scanId) {
		return this.jdbc.sql("SELECT " + SCAN_COLUMNS + " FROM compliance_scans WHERE org_id = :orgId AND id = :id")
			.param("orgId", orgId)
			.param("id", scanId)
			.query(ScanRepository::toScan)
			.optional();
	}

	/** The org's latest completed scan: the one completed last. */
	Optional<ScanView> latestCompleted(UUID orgId) {
		return this.jdbc.sql("SELECT " + SCAN_COLUMNS + " FROM compliance_scans WHERE org_id = :orgId "
				+ "AND state = 'COMPLETED' ORDER BY completed_at DESC, created_at DESC LIMIT 1")
			.param("orgId", orgId)
			.query(ScanRepository::toScan)
			.optional();
	}

	/** The org's last scan completed before {@code at}: how it stood then. */
	Optional<ScanView> latestCompletedBefore(UUID orgId, Instant at) {
		return this.jdbc.sql("SELECT " + SCAN_COLUMNS + " FROM compliance_scans WHERE org_id = :orgId "
				+ "AND state = 'COMPLETED' AND completed_at < :at ORDER BY completed_at DESC, created_at DESC LIMIT 1")
			.param("orgId", orgId)
			.param("at", Timestamp.from(at))
			.query(ScanRepository::toScan)
			.optional();
	}

	List<ScanResultView> results(UUID orgId, UUID scanId) {
		return this.jdbc.sql("""
				SELECT r.control_id, COALESCE(s.title, c.title) AS title, COALESCE(s.severity, c.severity) AS severity,
				  r.status, r.resource, r.message
				FROM compliance_scan_results r JOIN compliance_controls c ON c.control_id = r.control_id
				LEFT JOIN compliance_scan_controls s
				  ON s.org_id = r.org_id AND s.scan_id = r.scan_id AND s.control_id = r.control_id
				WHERE r.org_id = :orgId AND r.scan_id = :scanId ORDER BY r.seq
				""")
			.param("orgId", orgId)
			.param("scanId", scanId)
			.query((rs, row) -> new ScanResultView(rs.getString("control_id"), rs.getString("title"),
					Severity.valueOf(rs.getString("severity")), ResultStatus.valueOf(rs.getString("status")),
					rs.getString("resource"), rs.getString("message")))
			.list();
	}

	/** The controls of one scan with their status in it, titled as its file or else the catalogue defines them. */
	List<ScannedControl> controls(UUID orgId, UUID scanId) {
		return this.jdbc.sql("""
				SELECT s.control_id, c.framework_id, COALESCE(s.title, c.title) AS title,
				  COALESCE(s.severity, c.severity) AS severity, s.status
				FROM compliance_scan_controls s JOIN compliance_controls c ON c.control_id = s.control_id
				WHERE s.org_id = :orgId AND s.scan_id = :scanId ORDER BY c.framework_id, s.control_id
				""")
			.param("orgId", orgId)
			.param("scanId", scanId)
			.query(ScanRepository::toScannedControl)
			.list();
	}

	/** The control in the org's newest completed scan that holds it, titled as {@link #controls} titles it. */
	Optional<ScannedControl> newestScanned(UUID orgId, String controlId) {
		return this.jdbc.sql("""
				SELECT sc.control_id, c.framework_id, COALESCE(sc.title, c.title) AS title,
				  COALESCE(sc.severity, c.severity) AS severity, sc.status
				FROM compliance_scan_controls sc JOIN compliance_scans s ON s.org_id = sc.org_id AND s.id = sc.scan_id
				JOIN compliance_controls c ON c.control_id = sc.control_id
				WHERE sc.org_id = :orgId AND sc.control_id = :controlId AND s.state = 'COMPLETED'
				ORDER BY s.completed_at DESC, s.created_at DESC LIMIT 1
				""")
			.param("orgId", orgId)
			.param("controlId", controlId)
			.query(ScanRepository::toScannedControl)
			.optional();
	}

	private static ScannedControl toScannedControl(ResultSet rs, int row) throws SQLException {
		return new ScannedControl(rs.getString("control_id"), rs.getString("framework_id"), rs.getString("title"),
				Severity.valueOf(rs.getString("severity")), ResultStatus.valueOf(rs.getString("status")));
	}

	/** A control's status in each completed scan of the org, newest first. */
	List<ControlHistoryEntry> history(UUID orgId, String controlId) {
		return this.jdbc.sql("""
				SELECT s.id, s.completed_at, sc.status
				FROM compliance_scan_controls sc JOIN compliance_scans s ON s.org_id = sc.org_id AND s.id = sc.scan_id
				WHERE sc.org_id = :orgId AND sc.control_id = :controlId AND s.state = 'COMPLETED'
				ORDER BY s.completed_at DESC
				""")
			.param("orgId", orgId)
			.param("controlId", controlId)
			.query((rs, row) -> new ControlHistoryEntry(rs.getObject("id", UUID.class),
					rs.getTimestamp("completed_at").toInstant(), ResultStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/** Scores of the org's last completed scans, oldest first. */
	List<ScorePoint> trend(UUID orgId, int limit) {
		List<ScorePoint> points = new ArrayList<>(this.jdbc.sql("""
				SELECT completed_at, compliance_score FROM compliance_scans
				WHERE org_id = :orgId AND state = 'COMPLETED' ORDER BY completed_at DESC LIMIT :limit
				""")
			.param("orgId", orgId)
			.param("limit", limit)
			.query(ScanRepository::toPoint)
			.list());
		Collections.reverse(points);
		return points;
	}

	/** Scores of the org's scans completed from {@code from} until before {@code to}, oldest first. */
	List<ScorePoint> trend(UUID orgId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT completed_at, compliance_score FROM compliance_scans
				WHERE org_id = :orgId AND state = 'COMPLETED' AND completed_at >= :from AND completed_at < :to
				ORDER BY completed_at
				""")
			.param("orgId", orgId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(ScanRepository::toPoint)
			.list();
	}

	private static ScorePoint toPoint(ResultSet rs, int row) throws SQLException {
		return new ScorePoint(rs.getTimestamp("completed_at").toInstant(), rs.getBigDecimal("compliance_score"));
	}

	private static ScanView toScan(ResultSet rs, int row) throws SQLException {
		BigDecimal score = rs.getBigDecimal("compliance_score");
		return new ScanView(rs.getObject("id", UUID.class), ScanState.valueOf(rs.getString("state")),
				ScanSource.valueOf(rs.getString("source")), rs.getString("format"), rs.getString("tenant"),
				instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("completed_at")), rs.getInt("passed"),
				rs.getInt("failed"), score, rs.getString("failure_reason"));
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A control as one scan saw it. */
	record ScannedControl(String controlId, String frameworkId, String title, Severity severity, ResultStatus status) {
	}

}
