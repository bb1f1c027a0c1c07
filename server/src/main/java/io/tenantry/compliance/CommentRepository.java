package io.tenantry.compliance;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Comments are appended, never edited. */
@Repository
class CommentRepository {

	private final JdbcClient jdbc;

	CommentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID orgId, CommentView comment) {
		this.jdbc.sql("""
				INSERT INTO compliance_comments (org_id, id, control_id, body, author_id, author_email, created_at)
				VALUES (:orgId, :id, :controlId, :body, :authorId, :authorEmail, :createdAt)
				""")
			.param("orgId", orgId)
			.param("id", comment.id())
			.param("controlId", comment.controlId())
			.param("body", comment.body())
			.param("authorId", comment.authorId())
			.param("authorEmail", comment.authorEmail())
			.param("createdAt", Timestamp.from(comment.createdAt()))
			.update();
	}

	/** A control's comments, oldest first, as a thread reads. */
	List<CommentView> forControl(UUID orgId, String controlId) {
		return this.jdbc.sql("""
				SELECT id, control_id, body, author_id, author_email, created_at FROM compliance_comments
				WHERE org_id = :orgId AND control_id = :controlId ORDER BY created_at, id
				""")
			.param("orgId", orgId)
			.param("controlId", controlId)
			.query((rs, row) -> new CommentView(rs.getObject("id", UUID.class), rs.getString("control_id"),
					rs.getString("body"), rs.getObject("author_id", UUID.class), rs.getString("author_email"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}
