package io.tenantry.identity;

import io.tenantry.platform.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Platform-wide settings, stored in the database and changed by SuperAdmins. */
@Service
public class PlatformSettings {

	private static final String REQUIRE_MFA = "requireMfaForPrivileged";

	private final JdbcClient jdbc;

	private final IdentityAudit audit;

	PlatformSettings(JdbcClient jdbc, IdentityAudit audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The settings as the API shows them. */
	public record Settings(boolean requireMfaForPrivileged) {
	}

	public Settings get(CurrentUser caller) {
		requireSuperAdmin(caller);
		return new Settings(requireMfaForPrivileged());
	}

	@Transactional
	public Settings update(CurrentUser caller, Settings settings) {
		requireSuperAdmin(caller);
		boolean before = requireMfaForPrivileged();
		this.jdbc.sql("UPDATE platform_settings SET setting_value = :value WHERE setting_name = :name")
			.param("name", REQUIRE_MFA)
			.param("value", String.valueOf(settings.requireMfaForPrivileged()))
			.update();
		this.audit.platformSettingsChanged(before, settings.requireMfaForPrivileged());
		return settings;
	}

	boolean requireMfaForPrivileged() {
		return this.jdbc.sql("SELECT setting_value FROM platform_settings WHERE setting_name = :name")
			.param("name", REQUIRE_MFA)
			.query(String.class)
			.optional()
			.map(Boolean::parseBoolean)
			.orElse(false);
	}

	private static void requireSuperAdmin(CurrentUser caller) {
		if (!caller.superAdmin()) {
			throw ProblemException.forbidden("Only SuperAdmins change platform settings.");
		}
	}

}
