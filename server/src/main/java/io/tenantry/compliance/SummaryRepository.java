package io.tenantry.compliance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.access.Tier;
import io.tenantry.platform.IdArray;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The per-org summary rows that dashboards read instead of scan history. */
@Repository
class SummaryRepository {

	private final JdbcClient jdbc;

	SummaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the org's row if missing and locks it, so that recomputations of one org run one at a time. */
	void lock(UUID orgId, Instant now) {
		this.jdbc.sql("INSERT INTO compliance_org_summary (org_id, updated_at) VALUES (:orgId, :now) ON CONFLICT DO NOTHING")
			.param("orgId", orgId)
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("SELECT org_id FROM compliance_org_summary WHERE org_id = :orgId FOR UPDATE")
			.param("orgId", orgId)
			.query(UUID.class)
			.single();
	}

	void save(SummaryRow row, Instant now) {
		update(row, now);
	}

	private int update(SummaryRow row, Instant now) {
		return this.jdbc.sql("""
				UPDATE compliance_org_summary SET last_scan_id = :scanId, last_scan_at = :lastScanAt,
				  compliance_score = :score, passing = :passing, failing = :failing, critical_failing = :critical,
				  high_failing = :high, recompute_at = :recomputeAt, updated_at = :now
				WHERE org_id = :orgId
				""")
			.param("orgId", row.orgId())
			.param("scanId", row.lastScanId())
			.param("lastScanAt", timestamp(row.lastScanAt()))
			.param("score", row.complianceScore())
			.param("passing", row.passing())
			.param("failing", row.failing())
			.param("critical", row.criticalFailing())
			.param("high", row.highFailing())
			.param("recomputeAt", timestamp(row.recomputeAt()))
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<SummaryRow> find(UUID orgId) {
		return this.jdbc.sql("""
				SELECT org_id, last_scan_id, last_scan_at, compliance_score, passing, failing, critical_failing,
				  high_failing, recompute_at
				FROM compliance_org_summary WHERE org_id = :orgId
				""")
			.param("orgId", orgId)
			.query(SummaryRepository::toRow)
			.optional();
	}

	/**
	 * The Client Dashboard's read model in one statement: the MSP's unarchived clients (those of
	 * {@code only} if given) with their names, tiers and staleness from the MSP and organization
	 * tables, and what the dashboard shows of their summary rows (none for a never-scanned client).
	 * Only those columns, read by position: the statement reads one row per client of the MSP.
	 */
	List<ClientRow> clientsOf(UUID mspOrgId, @Nullable Collection<UUID> only) {
		return this.jdbc.sql("""
				SELECT r.client_org_id, o.name, r.tier, o.scan_stale_after_days, s.last_scan_at, s.compliance_score,
				  s.critical_failing, s.high_failing, s.recompute_at
				FROM msp_relationships r
				JOIN organizations o ON o.id = r.client_org_id
				LEFT JOIN compliance_org_summary s ON s.org_id = r.client_org_id
				WHERE r.msp_org_id = :msp AND NOT o.archived
				""" + ((only != null) ? " AND r.client_org_id = ANY(:only)" : ""))
			.param("msp", mspOrgId)
			.param("only", (only != null) ? IdArray.of(only) : null)
			.query(SummaryRepository::toClientRow)
			.list();
	}

	private static ClientRow toClientRow(ResultSet rs, int row) throws SQLException {
		return new ClientRow(rs.getObject(1, UUID.class), rs.getString(2), Tier.valueOf(rs.getString(3)), rs.getInt(4),
				instant(rs.getObject(5, OffsetDateTime.class)), rs.getBigDecimal(6), rs.getInt(7), rs.getInt(8),
				instant(rs.getObject(9, OffsetDateTime.class)));
	}

	private static SummaryRow toRow(ResultSet rs, int row) throws SQLException {
		BigDecimal score = rs.getBigDecimal("compliance_score");
		return new SummaryRow(rs.getObject("org_id", UUID.class), rs.getObject("last_scan_id", UUID.class),
				instant(rs.getObject("last_scan_at", OffsetDateTime.class)), score, rs.getInt("passing"),
				rs.getInt("failing"), rs.getInt("critical_failing"), rs.getInt("high_failing"),
				instant(rs.getObject("recompute_at", OffsetDateTime.class)));
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/** A client on the Client Dashboard with what it shows of its summary row. */
	record ClientRow(UUID orgId, String name, Tier tier, int scanStaleAfterDays, @Nullable Instant lastScanAt,
			@Nullable BigDecimal complianceScore, int criticalFailing, int highFailing, @Nullable Instant recomputeAt) {

		boolean due(Instant now) {
			return SummaryRow.due(this.recomputeAt, now);
		}

		/** The client with its summary row as recomputed. */
		ClientRow with(SummaryRow row) {
			return new ClientRow(this.orgId, this.name, this.tier, this.scanStaleAfterDays, row.lastScanAt(),
					row.complianceScore(), row.criticalFailing(), row.highFailing(), row.recomputeAt());
		}

	}

	/** One org's stored summary; {@code recomputeAt} is when an applied override expires. */
	record SummaryRow(UUID orgId, @Nullable UUID lastScanId, @Nullable Instant lastScanAt,
			@Nullable BigDecimal complianceScore, int passing, int failing, int criticalFailing, int highFailing,
			@Nullable Instant recomputeAt) {

		static SummaryRow never(UUID orgId) {
			return new SummaryRow(orgId, null, null, null, 0, 0, 0, 0, null);
		}

		boolean due(Instant now) {
			return due(this.recomputeAt, now);
		}

		/** Whether a row to be recomputed at {@code recomputeAt} (when an override expires) is due. */
		static boolean due(@Nullable Instant recomputeAt, Instant now) {
			return recomputeAt != null && !recomputeAt.isAfter(now);
		}

	}

}
