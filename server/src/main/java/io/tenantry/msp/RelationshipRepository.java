package io.tenantry.msp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.access.Tier;
import io.tenantry.platform.IdArray;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RelationshipRepository {

	private static final String COLUMNS = "msp_org_id, client_org_id, tier, created_at";

	private final JdbcClient jdbc;

	RelationshipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MspRelationship relationship) {
		this.jdbc.sql("INSERT INTO msp_relationships (" + COLUMNS + ") VALUES (:msp, :client, :tier, :at)")
			.param("msp", relationship.mspOrgId())
			.param("client", relationship.clientOrgId())
			.param("tier", relationship.tier().name())
			.param("at", Timestamp.from(relationship.createdAt()))
			.update();
	}

	void updateTier(MspRelationship relationship) {
		this.jdbc.sql("UPDATE msp_relationships SET tier = :tier WHERE msp_org_id = :msp AND client_org_id = :client")
			.param("tier", relationship.tier().name())
			.param("msp", relationship.mspOrgId())
			.param("client", relationship.clientOrgId())
			.update();
	}

	void delete(MspRelationship relationship) {
		this.jdbc.sql("DELETE FROM msp_relationships WHERE msp_org_id = :msp AND client_org_id = :client")
			.param("msp", relationship.mspOrgId())
			.param("client", relationship.clientOrgId())
			.update();
	}

	Optional<MspRelationship> find(UUID mspOrgId, UUID clientOrgId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM msp_relationships WHERE msp_org_id = :msp AND client_org_id = :client")
			.param("msp", mspOrgId)
			.param("client", clientOrgId)
			.query(RelationshipRepository::toRelationship)
			.optional();
	}

	/** The clients of these MSP orgs. */
	List<MspRelationship> ofMsps(Collection<UUID> mspOrgIds) {
		if (mspOrgIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM msp_relationships WHERE msp_org_id = ANY(:msps)")
			.param("msps", IdArray.of(mspOrgIds))
			.query(RelationshipRepository::toRelationship)
			.list();
	}

	/** The MSPs that reach this client. */
	List<MspRelationship> ofClient(UUID clientOrgId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM msp_relationships WHERE client_org_id = :client")
			.param("client", clientOrgId)
			.query(RelationshipRepository::toRelationship)
			.list();
	}

	private static MspRelationship toRelationship(ResultSet rs, int row) throws SQLException {
		return new MspRelationship(rs.getObject("msp_org_id", UUID.class), rs.getObject("client_org_id", UUID.class),
				Tier.valueOf(rs.getString("tier")), rs.getTimestamp("created_at").toInstant());
	}

}
