package io.tenantry.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PortalSettingsRepository {

	private final JdbcClient jdbc;

	PortalSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PortalModules> find(UUID orgId) {
		return this.jdbc.sql("SELECT dashboard, scorecard, licences, users, security, reports FROM portal_settings WHERE org_id = :org")
			.param("org", orgId)
			.query((rs, row) -> new PortalModules(rs.getBoolean("dashboard"), rs.getBoolean("scorecard"),
					rs.getBoolean("licences"), rs.getBoolean("users"), rs.getBoolean("security"), rs.getBoolean("reports")))
			.optional();
	}

	void save(UUID orgId, PortalModules modules, Instant now) {
		String set = "dashboard = :dashboard, scorecard = :scorecard, licences = :licences, users = :users, "
				+ "security = :security, reports = :reports, updated_at = :at";
		if (bind(this.jdbc.sql("UPDATE portal_settings SET " + set + " WHERE org_id = :org"), orgId, modules, now).update() == 0) {
			bind(this.jdbc.sql("INSERT INTO portal_settings (org_id, dashboard, scorecard, licences, users, security, reports, "
					+ "updated_at) VALUES (:org, :dashboard, :scorecard, :licences, :users, :security, :reports, :at)"), orgId,
					modules, now)
				.update();
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UUID orgId, PortalModules modules,
			Instant now) {
		return statement.param("org", orgId)
			.param("dashboard", modules.dashboard())
			.param("scorecard", modules.scorecard())
			.param("licences", modules.licences())
			.param("users", modules.users())
			.param("security", modules.security())
			.param("reports", modules.reports())
			.param("at", Timestamp.from(now));
	}

}
