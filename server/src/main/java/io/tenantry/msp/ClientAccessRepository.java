package io.tenantry.msp;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClientAccessRepository {

	private final JdbcClient jdbc;

	ClientAccessRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ClientAccess> find(UUID mspOrgId, UUID userId) {
		return this.jdbc.sql("SELECT all_clients FROM msp_client_access WHERE msp_org_id = :msp AND user_id = :user")
			.param("msp", mspOrgId)
			.param("user", userId)
			.query(Boolean.class)
			.optional()
			.map((allClients) -> ClientAccess.of(allClients, listed(mspOrgId, userId)));
	}

	void replace(UUID mspOrgId, UUID userId, ClientAccess access, Instant at) {
		this.jdbc.sql("DELETE FROM msp_client_access WHERE msp_org_id = :msp AND user_id = :user")
			.param("msp", mspOrgId)
			.param("user", userId)
			.update();
		this.jdbc.sql("""
				INSERT INTO msp_client_access (msp_org_id, user_id, all_clients, updated_at)
				VALUES (:msp, :user, :all, :at)
				""")
			.param("msp", mspOrgId)
			.param("user", userId)
			.param("all", access.allClients())
			.param("at", Timestamp.from(at))
			.update();
		for (UUID client : access.listed()) {
			this.jdbc.sql("""
					INSERT INTO msp_client_access_clients (msp_org_id, user_id, client_org_id)
					VALUES (:msp, :user, :client)
					""")
				.param("msp", mspOrgId)
				.param("user", userId)
				.param("client", client)
				.update();
		}
	}

	private List<UUID> listed(UUID mspOrgId, UUID userId) {
		return this.jdbc.sql("SELECT client_org_id FROM msp_client_access_clients WHERE msp_org_id = :msp AND user_id = :user")
			.param("msp", mspOrgId)
			.param("user", userId)
			.query(UUID.class)
			.list();
	}

}
