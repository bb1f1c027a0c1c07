package io.tenantry.scanning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhook settings (secret as stored, encrypted) and scan schedules, by org. */
@Repository
class ScanSettingsRepository {

	private final JdbcClient jdbc;

	ScanSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredSettings> find(UUID orgId) {
		return this.jdbc.sql("""
				SELECT s.webhook_url, s.webhook_secret, s.remediation_url, COALESCE(h.schedule, 'NONE') AS schedule
				FROM scan_settings s LEFT JOIN scan_schedules h ON h.org_id = s.org_id WHERE s.org_id = :orgId
				""")
			.param("orgId", orgId)
			.query((rs, row) -> new StoredSettings(rs.getString("webhook_url"), rs.getString("webhook_secret"),
					rs.getString("remediation_url"), ScanSchedule.valueOf(rs.getString("schedule"))))
			.optional();
	}

	void save(UUID orgId, StoredSettings settings, UUID updatedBy, Instant at) {
		int updated = this.jdbc.sql("""
				UPDATE scan_settings SET webhook_url = :url, webhook_secret = :secret, remediation_url = :remediation,
				  updated_by = :by, updated_at = :at WHERE org_id = :orgId
				""")
			.params(settingsParams(orgId, settings, updatedBy, at))
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO scan_settings (org_id, webhook_url, webhook_secret, remediation_url, updated_by, updated_at)
					VALUES (:orgId, :url, :secret, :remediation, :by, :at)
					""")
				.params(settingsParams(orgId, settings, updatedBy, at))
				.update();
		}
	}

	/** Sets the schedule, first run one period from now; NONE removes it. */
	void schedule(UUID orgId, ScanSchedule schedule, UUID runAs, Instant now) {
		this.jdbc.sql("DELETE FROM scan_schedules WHERE org_id = :orgId").param("orgId", orgId).update();
		Instant next = schedule.nextAfter(now);
		if (next != null) {
			this.jdbc.sql("""
					INSERT INTO scan_schedules (org_id, schedule, run_as, next_run_at) VALUES (:orgId, :schedule, :runAs, :next)
					""")
				.param("orgId", orgId)
				.param("schedule", schedule.name())
				.param("runAs", runAs)
				.param("next", Timestamp.from(next))
				.update();
		}
	}

	/** Schedules due at {@code now}, readable without a signed-in user. */
	List<DueSchedule> due(Instant now) {
		return this.jdbc.sql("SELECT org_id, schedule, run_as, next_run_at FROM scan_schedules WHERE next_run_at <= :now")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new DueSchedule(rs.getObject("org_id", UUID.class),
					ScanSchedule.valueOf(rs.getString("schedule")), rs.getObject("run_as", UUID.class),
					rs.getTimestamp("next_run_at").toInstant()))
			.list();
	}

	/** Moves a due schedule on; false when another run already did. */
	boolean advance(DueSchedule due, Instant next) {
		return this.jdbc.sql("UPDATE scan_schedules SET next_run_at = :next WHERE org_id = :orgId AND next_run_at = :was")
			.param("next", Timestamp.from(next))
			.param("orgId", due.orgId())
			.param("was", Timestamp.from(due.nextRunAt()))
			.update() == 1;
	}

	private static Map<String, Object> settingsParams(UUID orgId, StoredSettings settings, UUID by, Instant at) {
		Map<String, Object> params = new HashMap<>();
		params.put("orgId", orgId);
		params.put("url", settings.webhookUrl());
		params.put("secret", settings.encryptedSecret());
		params.put("remediation", settings.remediationUrl());
		params.put("by", by);
		params.put("at", Timestamp.from(at));
		return params;
	}

	record StoredSettings(@Nullable String webhookUrl, @Nullable String encryptedSecret, @Nullable String remediationUrl,
			ScanSchedule schedule) {
	}

	record DueSchedule(UUID orgId, ScanSchedule schedule, UUID runAs, Instant nextRunAt) {
	}

}
