package io.tenantry.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.platform.IdArray;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChangeRequestRepository {

	private static final String COLUMNS = "org_id, id, kind, target, details, status, requested_by, created_at, "
			+ "decided_by, decided_at, decision_comment";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ChangeRequestRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(ChangeRequest request) {
		this.jdbc.sql("INSERT INTO change_requests (" + COLUMNS + ") VALUES (:org, :id, :kind, :target, :details, "
				+ ":status, :by, :at, NULL, NULL, NULL)")
			.param("org", request.orgId())
			.param("id", request.id())
			.param("kind", request.kind().name())
			.param("target", request.target())
			.param("details", this.json.writeValueAsString(request.details()))
			.param("status", request.status().name())
			.param("by", request.requestedBy())
			.param("at", Timestamp.from(request.createdAt()))
			.update();
	}

	/** Records the decision of a request that is still open; false when it no longer was. */
	boolean decide(ChangeRequest request) {
		return this.jdbc.sql("UPDATE change_requests SET status = :status, decided_by = :by, decided_at = :at, "
				+ "decision_comment = :comment WHERE org_id = :org AND id = :id AND status = 'OPEN'")
			.param("status", request.status().name())
			.param("by", request.decidedBy())
			.param("at", timestamp(request.decidedAt()))
			.param("comment", request.comment())
			.param("org", request.orgId())
			.param("id", request.id())
			.update() == 1;
	}

	/** The org's request, locked until the transaction ends so that two deciders wait for each other. */
	Optional<ChangeRequest> lock(UUID orgId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM change_requests WHERE org_id = :org AND id = :id FOR UPDATE")
			.param("org", orgId)
			.param("id", id)
			.query(this::toRequest)
			.optional();
	}

	/** The requests of these orgs, newest first, of one status or all. */
	List<ChangeRequest> inOrgs(Collection<UUID> orgIds, @Nullable ChangeStatus status) {
		if (orgIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM change_requests WHERE org_id = ANY(:orgs)"
				+ ((status != null) ? " AND status = :status" : "") + " ORDER BY created_at DESC, id")
			.param("orgs", IdArray.of(orgIds))
			.param("status", (status != null) ? status.name() : null)
			.query(this::toRequest)
			.list();
	}

	private ChangeRequest toRequest(ResultSet rs, int row) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new ChangeRequest(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
				ChangeKind.valueOf(rs.getString("kind")), rs.getString("target"), this.json.readTree(rs.getString("details")),
				ChangeStatus.valueOf(rs.getString("status")), rs.getObject("requested_by", UUID.class),
				rs.getTimestamp("created_at").toInstant(), rs.getObject("decided_by", UUID.class),
				(decidedAt != null) ? decidedAt.toInstant() : null, rs.getString("decision_comment"));
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
