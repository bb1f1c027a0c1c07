package io.tenantry.compliance;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Remediation requests are appended, never edited. */
@Repository
class RemediationRepository {

	private final JdbcClient jdbc;

	RemediationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID orgId, RemediationView remediation, UUID requestedBy) {
		this.jdbc.sql("""
				INSERT INTO compliance_remediations (org_id, id, control_id, status, detail, requested_by,
				  requested_by_email, requested_at)
				VALUES (:orgId, :id, :controlId, :status, :detail, :requestedBy, :email, :requestedAt)
				""")
			.param("orgId", orgId)
			.param("id", remediation.id())
			.param("controlId", remediation.controlId())
			.param("status", remediation.status().name())
			.param("detail", remediation.detail())
			.param("requestedBy", requestedBy)
			.param("email", remediation.requestedBy())
			.param("requestedAt", Timestamp.from(remediation.requestedAt()))
			.update();
	}

	/** A control's remediations, newest first. */
	List<RemediationView> forControl(UUID orgId, String controlId) {
		return this.jdbc.sql("""
				SELECT id, control_id, status, detail, requested_by_email, requested_at FROM compliance_remediations
				WHERE org_id = :orgId AND control_id = :controlId ORDER BY requested_at DESC, id
				""")
			.param("orgId", orgId)
			.param("controlId", controlId)
			.query((rs, row) -> new RemediationView(rs.getObject("id", UUID.class), rs.getString("control_id"),
					RemediationStatus.valueOf(rs.getString("status")), rs.getString("detail"),
					rs.getString("requested_by_email"), rs.getTimestamp("requested_at").toInstant()))
			.list();
	}

}
