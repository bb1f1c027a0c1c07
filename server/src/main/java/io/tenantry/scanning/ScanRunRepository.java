package io.tenantry.scanning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Triggered scans waiting for their callback; found by token hash or deadline without a signed-in user. */
@Repository
class ScanRunRepository {

	private final JdbcClient jdbc;

	ScanRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PendingRun run, String tokenHash) {
		this.jdbc.sql("""
				INSERT INTO scan_runs (org_id, scan_id, requested_by, token_hash, deadline_at)
				VALUES (:orgId, :scanId, :requestedBy, :tokenHash, :deadline)
				""")
			.param("orgId", run.orgId())
			.param("scanId", run.scanId())
			.param("requestedBy", run.requestedBy())
			.param("tokenHash", tokenHash)
			.param("deadline", Timestamp.from(run.deadlineAt()))
			.update();
	}

	Optional<PendingRun> findByToken(String tokenHash) {
		return this.jdbc.sql("SELECT org_id, scan_id, requested_by, deadline_at, finished_at FROM scan_runs "
				+ "WHERE token_hash = :tokenHash")
			.param("tokenHash", tokenHash)
			.query((rs, row) -> toRun(rs))
			.optional();
	}

	List<PendingRun> overdue(Instant now) {
		return this.jdbc.sql("SELECT org_id, scan_id, requested_by, deadline_at, finished_at FROM scan_runs "
				+ "WHERE finished_at IS NULL AND deadline_at < :now")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> toRun(rs))
			.list();
	}

	/** Marks the run finished; false when it already was (its token is spent). */
	boolean finish(UUID orgId, UUID scanId, Instant at) {
		return this.jdbc.sql("UPDATE scan_runs SET finished_at = :at WHERE org_id = :orgId AND scan_id = :scanId "
				+ "AND finished_at IS NULL")
			.param("at", Timestamp.from(at))
			.param("orgId", orgId)
			.param("scanId", scanId)
			.update() == 1;
	}

	private static PendingRun toRun(ResultSet rs) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new PendingRun(rs.getObject("org_id", UUID.class), rs.getObject("scan_id", UUID.class),
				rs.getObject("requested_by", UUID.class), rs.getTimestamp("deadline_at").toInstant(), finished != null);
	}

	record PendingRun(UUID orgId, UUID scanId, UUID requestedBy, Instant deadlineAt, boolean finished) {
	}

}
