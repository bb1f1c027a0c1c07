package io.tenantry.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BrandingRepository {

	private static final String COLUMNS = "org_id, product_name, primary_color, support_email, portal_host, "
			+ "logo IS NOT NULL AS has_logo";

	private final JdbcClient jdbc;

	BrandingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Branding> find(UUID orgId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM portal_branding WHERE org_id = :org")
			.param("org", orgId)
			.query(BrandingRepository::toBranding)
			.optional();
	}

	Optional<Branding> findByHost(String host) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM portal_branding WHERE portal_host = :host")
			.param("host", host)
			.query(BrandingRepository::toBranding)
			.optional();
	}

	/** Inserts or replaces the org's branding, keeping its logo. */
	void save(Branding branding, Instant now) {
		int updated = this.jdbc.sql("UPDATE portal_branding SET product_name = :name, primary_color = :color, "
				+ "support_email = :email, portal_host = :host, updated_at = :at WHERE org_id = :org")
			.params(params(branding, now))
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO portal_branding (org_id, product_name, primary_color, support_email, portal_host, "
					+ "updated_at) VALUES (:org, :name, :color, :email, :host, :at)")
				.params(params(branding, now))
				.update();
		}
	}

	void saveLogo(UUID orgId, Logo logo, Instant now) {
		this.jdbc.sql("UPDATE portal_branding SET logo = :logo, logo_type = :type, updated_at = :at WHERE org_id = :org")
			.param("logo", logo.bytes())
			.param("type", logo.contentType())
			.param("at", Timestamp.from(now))
			.param("org", orgId)
			.update();
	}

	void removeLogo(UUID orgId, Instant now) {
		this.jdbc.sql("UPDATE portal_branding SET logo = NULL, logo_type = NULL, updated_at = :at WHERE org_id = :org")
			.param("at", Timestamp.from(now))
			.param("org", orgId)
			.update();
	}

	Optional<Logo> logo(UUID orgId) {
		return this.jdbc.sql("SELECT logo, logo_type FROM portal_branding WHERE org_id = :org AND logo IS NOT NULL")
			.param("org", orgId)
			.query((rs, row) -> new Logo(rs.getBytes("logo"), rs.getString("logo_type")))
			.optional();
	}

	private static Map<String, Object> params(Branding branding, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("org", branding.orgId());
		params.put("name", branding.productName());
		params.put("color", branding.primaryColor());
		params.put("email", branding.supportEmail());
		params.put("host", branding.portalHost());
		params.put("at", Timestamp.from(now));
		return params;
	}

	private static Branding toBranding(ResultSet rs, int row) throws SQLException {
		UUID orgId = rs.getObject("org_id", UUID.class);
		return new Branding(orgId, rs.getString("product_name"), rs.getString("primary_color"),
				rs.getBoolean("has_logo") ? Branding.logoPath(orgId) : null, rs.getString("support_email"),
				rs.getString("portal_host"));
	}

}
