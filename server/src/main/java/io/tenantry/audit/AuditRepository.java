package io.tenantry.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Chains and their entries. The platform chain is stored under the nil UUID. */
@Repository
class AuditRepository {

	static final UUID PLATFORM = new UUID(0, 0);

	private static final String COLUMNS = "org_id, seq, at, actor_id, actor_email, ip, user_agent, action, target, "
			+ "details, on_behalf_of_org_id, on_behalf_of_tier, prev_hash, hash";

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The chain's last entry, locked until the transaction ends: appends to one chain take turns. */
	record Head(long lastSeq, String lastHash) {
	}

	Head lockHead(UUID chain) {
		this.jdbc.sql("INSERT INTO audit_chains (org_id, last_seq, last_hash) VALUES (:chain, 0, :genesis) "
				+ "ON CONFLICT DO NOTHING")
			.param("chain", chain)
			.param("genesis", AuditHashing.GENESIS)
			.update();
		return this.jdbc.sql("SELECT last_seq, last_hash FROM audit_chains WHERE org_id = :chain FOR UPDATE")
			.param("chain", chain)
			.query((rs, row) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
			.single();
	}

	long lastSeq(UUID chain) {
		return this.jdbc.sql("SELECT last_seq FROM audit_chains WHERE org_id = :chain")
			.param("chain", chain)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	void append(UUID chain, AuditEntry entry) {
		this.jdbc.sql("INSERT INTO audit_entries (" + COLUMNS + ") VALUES (:chain, :seq, :at, :actorId, :actorEmail, "
				+ ":ip, :userAgent, :action, :target, :details, :onBehalfOf, :tier, :prevHash, :hash)")
			.param("chain", chain)
			.param("seq", entry.seq())
			.param("at", Timestamp.from(entry.at()))
			.param("actorId", entry.actorId())
			.param("actorEmail", entry.actorEmail())
			.param("ip", entry.ip())
			.param("userAgent", entry.userAgent())
			.param("action", entry.action())
			.param("target", entry.target())
			.param("details", entry.details())
			.param("onBehalfOf", entry.onBehalfOfOrgId())
			.param("tier", entry.onBehalfOfTier())
			.param("prevHash", entry.prevHash())
			.param("hash", entry.hash())
			.update();
		this.jdbc.sql("UPDATE audit_chains SET last_seq = :seq, last_hash = :hash WHERE org_id = :chain")
			.param("chain", chain)
			.param("seq", entry.seq())
			.param("hash", entry.hash())
			.update();
	}

	/** Newest first, matching the filter, before a sequence number. */
	List<AuditEntry> page(UUID chain, AuditFilter filter) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entries WHERE org_id = :chain");
		Map<String, Object> params = new HashMap<>();
		params.put("chain", chain);
		params.put("limit", filter.limit());
		if (filter.before() != null) {
			sql.append(" AND seq < :before");
			params.put("before", filter.before());
		}
		if (filter.actor() != null) {
			sql.append(" AND LOWER(actor_email) LIKE :actor");
			params.put("actor", "%" + like(filter.actor().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.action() != null) {
			sql.append(" AND action LIKE :action");
			params.put("action", like(filter.action()) + "%");
		}
		if (filter.from() != null) {
			sql.append(" AND at >= :from");
			params.put("from", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" AND at < :to");
			params.put("to", Timestamp.from(filter.to()));
		}
		sql.append(" ORDER BY seq DESC LIMIT :limit");
		return this.jdbc.sql(sql.toString()).params(params).query(AuditRepository::toEntry).list();
	}

	/** Every entry of a chain in sequence order, one at a time, for verification and export. */
	void forEach(UUID chain, Consumer<AuditEntry> consumer) {
		this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_entries WHERE org_id = :chain ORDER BY seq")
			.param("chain", chain)
			.withFetchSize(500)
			.query((RowCallbackHandler) (rs) -> consumer.accept(toEntry(rs, 0)));
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static AuditEntry toEntry(ResultSet rs, int row) throws SQLException {
		UUID chain = rs.getObject("org_id", UUID.class);
		return new AuditEntry(PLATFORM.equals(chain) ? null : chain, rs.getLong("seq"),
				rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
				rs.getString("actor_email"), rs.getString("ip"), rs.getString("user_agent"), rs.getString("action"),
				rs.getString("target"), rs.getString("details"), rs.getObject("on_behalf_of_org_id", UUID.class),
				rs.getString("on_behalf_of_tier"), rs.getString("prev_hash"), rs.getString("hash"));
	}

}
