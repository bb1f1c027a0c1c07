package io.tenantry.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use, expiring links that let their holder set a password: invitations and resets. The
 * link carries a random token; the database keeps only its SHA-256.
 */
@Component
public class PasswordLinks {

	private final JdbcClient jdbc;

	private final UserRepository users;

	private final Passwords passwords;

	private final ApiTokens tokens;

	private final BrowserSessions sessions;

	private final IdentityAudit audit;

	private final Clock clock;

	PasswordLinks(JdbcClient jdbc, UserRepository users, Passwords passwords, ApiTokens tokens,
			BrowserSessions sessions, IdentityAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a link is for; a token of one purpose never works for the other. */
	public enum Purpose {

		INVITE, RESET

	}

	String issue(UUID userId, Purpose purpose, Duration lifetime) {
		String token = SecretTokens.random();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO password_links (token_hash, user_id, purpose, created_at, expires_at)
				VALUES (:hash, :userId, :purpose, :now, :expiresAt)
				""")
			.param("hash", SecretTokens.hash(token))
			.param("userId", userId)
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(now.plus(lifetime)))
			.update();
		return token;
	}

	/** The user a still usable link belongs to. */
	public Optional<UserAccount> holder(String token, Purpose purpose) {
		return this.jdbc.sql("""
				SELECT user_id FROM password_links
				WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
				""")
			.param("hash", SecretTokens.hash(token))
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.query(UUID.class)
			.optional()
			.flatMap(this.users::findById);
	}

	/**
	 * Uses the link up and sets the password it was issued for; a policy violation keeps the link
	 * usable. Whoever held the old password is signed out: every session and token ends.
	 */
	@Transactional
	public UserAccount setPassword(String token, Purpose purpose, String password) {
		UserAccount user = holder(token, purpose).orElseThrow(LinkInvalid::create);
		int claimed = this.jdbc.sql("""
				UPDATE password_links SET used_at = :now
				WHERE token_hash = :hash AND used_at IS NULL
				""")
			.param("hash", SecretTokens.hash(token))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (claimed != 1) {
			throw LinkInvalid.create();
		}
		this.users.setPasswordHash(user.id(), this.passwords.hashOf(password));
		this.tokens.revokeAll(user.id());
		this.sessions.endAll(user.id());
		this.audit.passwordSet(user, purpose.name().toLowerCase(Locale.ROOT));
		return user;
	}

}
