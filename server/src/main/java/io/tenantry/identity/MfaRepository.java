package io.tenantry.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MfaRepository {

	private final JdbcClient jdbc;

	MfaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A user's TOTP credential; {@code confirmedAt} is null while enrolment is pending. */
	record Credential(String secretEncrypted, @Nullable Instant confirmedAt) {

		boolean confirmed() {
			return this.confirmedAt != null;
		}

	}

	Optional<Credential> find(UUID userId) {
		return this.jdbc.sql("SELECT secret_encrypted, confirmed_at FROM mfa_credentials WHERE user_id = :userId")
			.param("userId", userId)
			.query((rs, row) -> new Credential(rs.getString("secret_encrypted"),
					(rs.getTimestamp("confirmed_at") != null) ? rs.getTimestamp("confirmed_at").toInstant() : null))
			.optional();
	}

	void savePending(UUID userId, String secretEncrypted, Instant now) {
		delete(userId);
		this.jdbc.sql("""
				INSERT INTO mfa_credentials (user_id, secret_encrypted, created_at)
				VALUES (:userId, :secret, :now)
				""")
			.param("userId", userId)
			.param("secret", secretEncrypted)
			.param("now", Timestamp.from(now))
			.update();
	}

	void confirm(UUID userId, List<String> recoveryCodeHashes, Instant now) {
		this.jdbc.sql("UPDATE mfa_credentials SET confirmed_at = :now WHERE user_id = :userId")
			.param("userId", userId)
			.param("now", Timestamp.from(now))
			.update();
		for (String hash : recoveryCodeHashes) {
			this.jdbc.sql("INSERT INTO mfa_recovery_codes (user_id, code_hash) VALUES (:userId, :hash)")
				.param("userId", userId)
				.param("hash", hash)
				.update();
		}
	}

	/** Marks an unused recovery code used; false if there is none with this hash. */
	boolean useRecoveryCode(UUID userId, String hash, Instant now) {
		return this.jdbc.sql("""
				UPDATE mfa_recovery_codes SET used_at = :now
				WHERE user_id = :userId AND code_hash = :hash AND used_at IS NULL
				""")
			.param("userId", userId)
			.param("hash", hash)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void delete(UUID userId) {
		this.jdbc.sql("DELETE FROM mfa_recovery_codes WHERE user_id = :userId").param("userId", userId).update();
		this.jdbc.sql("DELETE FROM mfa_credentials WHERE user_id = :userId").param("userId", userId).update();
	}

}
