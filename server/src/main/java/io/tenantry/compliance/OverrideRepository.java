package io.tenantry.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Overrides are appended, never edited: the newest unexpired one of a control is active. */
@Repository
class OverrideRepository {

	private static final String COLUMNS = "id, control_id, status, reason, expires_at, created_by_email, created_at";

	private final JdbcClient jdbc;

	OverrideRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID orgId, OverrideView override, UUID createdBy) {
		this.jdbc.sql("""
				INSERT INTO compliance_overrides (org_id, id, control_id, status, reason, expires_at, created_by,
				  created_by_email, created_at)
				VALUES (:orgId, :id, :controlId, :status, :reason, :expiresAt, :createdBy, :email, :createdAt)
				""")
			.param("orgId", orgId)
			.param("id", override.id())
			.param("controlId", override.controlId())
			.param("status", override.status().name())
			.param("reason", override.reason())
			.param("expiresAt", (override.expiresAt() != null) ? Timestamp.from(override.expiresAt()) : null)
			.param("createdBy", createdBy)
			.param("email", override.createdBy())
			.param("createdAt", Timestamp.from(override.createdAt()))
			.update();
	}

	/**
	 * The overrides active at {@code at}: created by then and not yet expired, newest first (the first
	 * per control is the active one).
	 */
	List<OverrideView> active(UUID orgId, Instant at) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM compliance_overrides WHERE org_id = :orgId "
				+ "AND created_at <= :at AND (expires_at IS NULL OR expires_at > :at) ORDER BY created_at DESC, id")
			.param("orgId", orgId)
			.param("at", Timestamp.from(at))
			.query(OverrideRepository::toOverride)
			.list();
	}

	/** Every override of a control, newest first. */
	List<OverrideView> forControl(UUID orgId, String controlId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM compliance_overrides WHERE org_id = :orgId "
				+ "AND control_id = :controlId ORDER BY created_at DESC, id")
			.param("orgId", orgId)
			.param("controlId", controlId)
			.query(OverrideRepository::toOverride)
			.list();
	}

	private static OverrideView toOverride(ResultSet rs, int row) throws SQLException {
		Timestamp expires = rs.getTimestamp("expires_at");
		return new OverrideView(rs.getObject("id", UUID.class), rs.getString("control_id"),
				ResultStatus.valueOf(rs.getString("status")), rs.getString("reason"),
				(expires != null) ? expires.toInstant() : null, rs.getString("created_by_email"),
				rs.getTimestamp("created_at").toInstant());
	}

}
