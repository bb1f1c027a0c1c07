package io.tenantry.access;

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

/** The {@code api_keys} table: each key's hash, never the key. */
@Repository
class ApiKeyRepository {

	private static final String COLUMNS = "id, name, prefix, created_at, expires_at, created_by, last_used_at, revoked_at";

	private static final String LIVE = "revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)";

	private final JdbcClient jdbc;

	ApiKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID orgId, ApiKey key, String hash) {
		this.jdbc.sql("""
				INSERT INTO api_keys (org_id, id, name, prefix, key_hash, created_by, created_at, expires_at)
				VALUES (:orgId, :id, :name, :prefix, :hash, :createdBy, :createdAt, :expiresAt)
				""")
			.param("orgId", orgId)
			.param("id", key.id())
			.param("name", key.name())
			.param("prefix", key.prefix())
			.param("hash", hash)
			.param("createdBy", key.createdBy())
			.param("createdAt", Timestamp.from(key.createdAt()))
			.param("expiresAt", timestamp(key.expiresAt()))
			.update();
	}

	/** Newest first. */
	List<ApiKey> list(UUID orgId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM api_keys WHERE org_id = :orgId ORDER BY created_at DESC, id")
			.param("orgId", orgId)
			.query(ApiKeyRepository::toKey)
			.list();
	}

	Optional<ApiKey> find(UUID orgId, UUID keyId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM api_keys WHERE org_id = :orgId AND id = :id")
			.param("orgId", orgId)
			.param("id", keyId)
			.query(ApiKeyRepository::toKey)
			.optional();
	}

	void revoke(UUID orgId, UUID keyId, Instant now) {
		this.jdbc.sql("UPDATE api_keys SET revoked_at = :now WHERE org_id = :orgId AND id = :id AND revoked_at IS NULL")
			.param("orgId", orgId)
			.param("id", keyId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The live key with this hash, and its org. */
	Optional<LiveKey> findLiveByHash(String hash, Instant now) {
		return findLive("key_hash", hash, now);
	}

	/** The live key with this id, and its org. */
	Optional<LiveKey> findLive(UUID keyId, Instant now) {
		return findLive("id", keyId, now);
	}

	private Optional<LiveKey> findLive(String column, Object value, Instant now) {
		return this.jdbc.sql("SELECT org_id, id, name, prefix FROM api_keys WHERE " + column + " = :value AND " + LIVE)
			.param("value", value)
			.param("now", Timestamp.from(now))
			.query(LiveKey.class)
			.optional();
	}

	void markUsed(UUID keyId, Instant now) {
		this.jdbc.sql("UPDATE api_keys SET last_used_at = :now WHERE id = :id")
			.param("id", keyId)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static ApiKey toKey(ResultSet rs, int row) throws SQLException {
		return new ApiKey(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
				rs.getTimestamp("created_at").toInstant(), instant(rs, "expires_at"), rs.getObject("created_by", UUID.class),
				instant(rs, "last_used_at"), instant(rs, "revoked_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	record LiveKey(UUID orgId, UUID id, String name, String prefix) {
	}

}
