package io.tenantry.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.platform.IdArray;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	static final String COLUMNS = "id, email, name, status, super_admin, created_at";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UserAccount user, String passwordHash) {
		this.jdbc
			.sql("""
					INSERT INTO users (id, email, email_key, name, password_hash, status, super_admin, created_at)
					VALUES (:id, :email, :emailKey, :name, :passwordHash, :status, :superAdmin, :createdAt)
					""")
			.param("id", user.id())
			.param("email", user.email())
			.param("emailKey", emailKey(user.email()))
			.param("name", user.name())
			.param("passwordHash", passwordHash)
			.param("status", user.status().name())
			.param("superAdmin", user.superAdmin())
			.param("createdAt", java.sql.Timestamp.from(user.createdAt()))
			.update();
	}

	void setPasswordHash(UUID id, String passwordHash) {
		this.jdbc.sql("UPDATE users SET password_hash = :hash WHERE id = :id")
			.param("id", id)
			.param("hash", passwordHash)
			.update();
	}

	void update(UUID id, String name, UserStatus status) {
		this.jdbc.sql("UPDATE users SET name = :name, status = :status WHERE id = :id")
			.param("id", id)
			.param("name", name)
			.param("status", status.name())
			.update();
	}

	Optional<UserAccount> findById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id")
			.param("id", id)
			.query(UserRepository::toAccount)
			.optional();
	}

	List<UserAccount> findAllById(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ANY(:ids)")
			.param("ids", IdArray.of(ids))
			.query(UserRepository::toAccount)
			.list();
	}

	List<UUID> superAdminIds() {
		return this.jdbc.sql("SELECT id FROM users WHERE super_admin").query(UUID.class).list();
	}

	Optional<UserAccount> findByEmail(String email) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE email_key = :emailKey")
			.param("emailKey", emailKey(email))
			.query(UserRepository::toAccount)
			.optional();
	}

	Optional<String> passwordHash(UUID id) {
		return this.jdbc.sql("SELECT password_hash FROM users WHERE id = :id AND password_hash IS NOT NULL")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	boolean exists(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM users WHERE email_key = :emailKey")
			.param("emailKey", emailKey(email))
			.query(Long.class)
			.single() > 0;
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
	}

	static String emailKey(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	static UserAccount toAccount(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new UserAccount(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
				UserStatus.valueOf(rs.getString("status")), rs.getBoolean("super_admin"),
				rs.getTimestamp("created_at").toInstant());
	}

}
