package io.tenantry.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tenantry.platform.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Mails kept in the database when no SMTP server is configured; only SuperAdmins read them. */
@Component
public class MailOutbox {

	private static final int PAGE = 200;

	private final JdbcClient jdbc;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One kept mail. */
	public record OutboxMail(UUID id, String recipient, String subject, String body, Instant createdAt) {
	}

	void keep(String recipient, String subject, String body) {
		this.jdbc.sql("""
				INSERT INTO mail_outbox (id, recipient, subject, body, created_at)
				VALUES (:id, :recipient, :subject, :body, :createdAt)
				""")
			.param("id", UUID.randomUUID())
			.param("recipient", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("createdAt", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** The newest mails first. */
	public List<OutboxMail> newest(CurrentUser caller) {
		if (!caller.superAdmin()) {
			throw ProblemException.forbidden("Only SuperAdmins read the outbox.");
		}
		return this.jdbc.sql("SELECT id, recipient, subject, body, created_at FROM mail_outbox ORDER BY created_at DESC LIMIT " + PAGE)
			.query((rs, row) -> new OutboxMail(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}
