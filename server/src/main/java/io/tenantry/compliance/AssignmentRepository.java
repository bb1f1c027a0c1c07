package io.tenantry.compliance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** At most one assignee per control of an org. */
@Repository
class AssignmentRepository {

	private final JdbcClient jdbc;

	AssignmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> assigneeOf(UUID orgId, String controlId) {
		return this.jdbc.sql("SELECT assignee_id FROM compliance_assignments WHERE org_id = :orgId AND control_id = :controlId")
			.param("orgId", orgId)
			.param("controlId", controlId)
			.query(UUID.class)
			.optional();
	}

	/** Replaces the control's assignee. */
	void assign(UUID orgId, String controlId, UUID assigneeId, UUID assignedBy, Instant at) {
		remove(orgId, controlId);
		this.jdbc.sql("""
				INSERT INTO compliance_assignments (org_id, control_id, assignee_id, assigned_by, assigned_at)
				VALUES (:orgId, :controlId, :assigneeId, :assignedBy, :at)
				""")
			.param("orgId", orgId)
			.param("controlId", controlId)
			.param("assigneeId", assigneeId)
			.param("assignedBy", assignedBy)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Whether there was an assignee to remove. */
	boolean remove(UUID orgId, String controlId) {
		return this.jdbc.sql("DELETE FROM compliance_assignments WHERE org_id = :orgId AND control_id = :controlId")
			.param("orgId", orgId)
			.param("controlId", controlId)
			.update() > 0;
	}

}
