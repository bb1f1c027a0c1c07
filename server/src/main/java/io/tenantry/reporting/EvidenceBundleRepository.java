package io.tenantry.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence bundles; every query filters by org first. */
@Repository
class EvidenceBundleRepository {

	private static final String COLUMNS = "org_id, id, scan_id, title, shared, created_by, created_at";

	private final JdbcClient jdbc;

	EvidenceBundleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(EvidenceBundle bundle) {
		this.jdbc.sql("INSERT INTO evidence_bundles (" + COLUMNS + ") VALUES (:org, :id, :scan, :title, :shared, :by, :at)")
			.param("org", bundle.orgId())
			.param("id", bundle.id())
			.param("scan", bundle.scanId())
			.param("title", bundle.title())
			.param("shared", bundle.shared())
			.param("by", bundle.createdBy())
			.param("at", Timestamp.from(bundle.createdAt()))
			.update();
	}

	void updateShared(EvidenceBundle bundle) {
		this.jdbc.sql("UPDATE evidence_bundles SET shared = :shared WHERE org_id = :org AND id = :id")
			.param("shared", bundle.shared())
			.param("org", bundle.orgId())
			.param("id", bundle.id())
			.update();
	}

	Optional<EvidenceBundle> find(UUID orgId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM evidence_bundles WHERE org_id = :org AND id = :id")
			.param("org", orgId)
			.param("id", id)
			.query(EvidenceBundleRepository::toBundle)
			.optional();
	}

	/** The org's bundles, newest first; only the shared ones when {@code sharedOnly}. */
	List<EvidenceBundle> list(UUID orgId, boolean sharedOnly) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM evidence_bundles WHERE org_id = :org "
				+ "AND (shared OR NOT :sharedOnly) ORDER BY created_at DESC, id")
			.param("org", orgId)
			.param("sharedOnly", sharedOnly)
			.query(EvidenceBundleRepository::toBundle)
			.list();
	}

	private static EvidenceBundle toBundle(ResultSet rs, int row) throws SQLException {
		return new EvidenceBundle(rs.getObject("org_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getObject("scan_id", UUID.class), rs.getString("title"), rs.getBoolean("shared"),
				rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant());
	}

}
