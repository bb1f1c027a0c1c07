package io.tenantry.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
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

	private static final SecureRandom RANDOM = new SecureRandom();

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
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.lifetime);
		this.jdbc.sql("""
				INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at)
				VALUES (:hash, :userId, :createdAt, :expiresAt)
				""")
			.param("hash", hash(token))
			.param("userId", userId)
			.param("createdAt", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
		return new IssuedToken(token, expiresAt);
	}

	/** The active user a live token belongs to. */
	Optional<UUID> authenticate(String token) {
		return this.jdbc.sql("""
				SELECT t.user_id FROM api_tokens t JOIN users u ON u.id = t.user_id
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.status = 'ACTIVE'
				""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(UUID.class)
			.optional();
	}

	void revoke(String token) {
		this.jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash(token))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	void revokeAll(UUID userId) {
		this.jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
			.param("userId", userId)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
