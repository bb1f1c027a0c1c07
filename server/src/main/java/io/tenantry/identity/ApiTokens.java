package io.tenantry.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque bearer tokens. Only a SHA-256 of each token is stored, so a database dump yields no
 * usable credential; a token works until it expires, is revoked, or its user is suspended.
 */
@Component
public class ApiTokens {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration lifetime;

	ApiTokens(JdbcClient jdbc, Clock clock, IdentityProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lifetime = properties.tokenLifetime();
	}

	/** A newly issued token and when it stops working. */
	public record IssuedToken(String token, Instant expiresAt) {
	}

	IssuedToken issue(UUID userId) {
		String token = SecretTokens.random();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.lifetime);
		this.jdbc.sql("""
				INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at)
				VALUES (:hash, :userId, :createdAt, :expiresAt)
				""")
			.param("hash", SecretTokens.hash(token))
			.param("userId", userId)
			.param("createdAt", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
		return new IssuedToken(token, expiresAt);
	}

	/** The active user a live token belongs to, read with the token in one statement. */
	Optional<UserAccount> authenticate(String token) {
		return this.jdbc.sql("SELECT " + UserRepository.COLUMNS + """
				 FROM users WHERE status = 'ACTIVE' AND id = (SELECT user_id FROM api_tokens
				  WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now)
				""")
			.param("hash", SecretTokens.hash(token))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(UserRepository::toAccount)
			.optional();
	}

	void revoke(String token) {
		this.jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("hash", SecretTokens.hash(token))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	void revokeAll(UUID userId) {
		this.jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
			.param("userId", userId)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

}
