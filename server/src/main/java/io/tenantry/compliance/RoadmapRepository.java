package io.tenantry.compliance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An org's roadmap items, by target date. */
@Repository
class RoadmapRepository {

	private static final String COLUMNS = "id, control_id, title, target_date, status, notes, created_by_email, "
			+ "created_at, completed_at";

	private static final String ORDER = "ORDER BY target_date, created_at, id";

	private final JdbcClient jdbc;

	RoadmapRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID orgId, RoadmapItem item, UUID createdBy) {
		this.jdbc.sql("""
				INSERT INTO compliance_roadmap_items (org_id, id, control_id, title, target_date, status, notes,
				  created_by, created_by_email, created_at, completed_at)
				VALUES (:orgId, :id, :controlId, :title, :targetDate, :status, :notes, :createdBy, :email, :createdAt,
				  :completedAt)
				""")
			.param("orgId", orgId)
			.param("id", item.id())
			.param("controlId", item.controlId())
			.param("title", item.title())
			.param("targetDate", Date.valueOf(item.targetDate()))
			.param("status", item.status().name())
			.param("notes", item.notes())
			.param("createdBy", createdBy)
			.param("email", item.createdBy())
			.param("createdAt", Timestamp.from(item.createdAt()))
			.param("completedAt", timestamp(item.completedAt()))
			.update();
	}

	void update(UUID orgId, RoadmapItem item) {
		this.jdbc.sql("""
				UPDATE compliance_roadmap_items SET title = :title, target_date = :targetDate, status = :status,
				  notes = :notes, completed_at = :completedAt
				WHERE org_id = :orgId AND id = :id
				""")
			.param("orgId", orgId)
			.param("id", item.id())
			.param("title", item.title())
			.param("targetDate", Date.valueOf(item.targetDate()))
			.param("status", item.status().name())
			.param("notes", item.notes())
			.param("completedAt", timestamp(item.completedAt()))
			.update();
	}

	void delete(UUID orgId, UUID id) {
		this.jdbc.sql("DELETE FROM compliance_roadmap_items WHERE org_id = :orgId AND id = :id")
			.param("orgId", orgId)
			.param("id", id)
			.update();
	}

	Optional<RoadmapItem> find(UUID orgId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM compliance_roadmap_items WHERE org_id = :orgId AND id = :id")
			.param("orgId", orgId)
			.param("id", id)
			.query(RoadmapRepository::toItem)
			.optional();
	}

	/** The org's items, soonest target first. */
	List<RoadmapItem> list(UUID orgId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM compliance_roadmap_items WHERE org_id = :orgId " + ORDER)
			.param("orgId", orgId)
			.query(RoadmapRepository::toItem)
			.list();
	}

	/** One control's items, soonest target first. */
	List<RoadmapItem> forControl(UUID orgId, String controlId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM compliance_roadmap_items WHERE org_id = :orgId "
				+ "AND control_id = :controlId " + ORDER)
			.param("orgId", orgId)
			.param("controlId", controlId)
			.query(RoadmapRepository::toItem)
			.list();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static RoadmapItem toItem(ResultSet rs, int row) throws SQLException {
		Timestamp completed = rs.getTimestamp("completed_at");
		return new RoadmapItem(rs.getObject("id", UUID.class), rs.getString("control_id"), rs.getString("title"),
				rs.getDate("target_date").toLocalDate(), RoadmapStatus.valueOf(rs.getString("status")),
				rs.getString("notes"), rs.getString("created_by_email"), rs.getTimestamp("created_at").toInstant(),
				(completed != null) ? completed.toInstant() : null);
	}

}
