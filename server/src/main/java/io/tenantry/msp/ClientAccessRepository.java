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
			.map((allClients) -> ClientAccess.of(allClients, listed(mspOrgId, userId, allClients)));
	}

	void replace(UUID mspOrgId, UUID userId, ClientAccess access, Instant at) {
		delete(mspOrgId, userId);
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
			this.jdbc.sql("INSERT INTO " + listTable(access.allClients())
					+ " (msp_org_id, user_id, client_org_id) VALUES (:msp, :user, :client)")
				.param("msp", mspOrgId)
				.param("user", userId)
				.param("client", client)
				.update();
		}
	}

	/** Ends the technician's client access, with its allow or block list; none left reaches no client. */
	void delete(UUID mspOrgId, UUID userId) {
		this.jdbc.sql("DELETE FROM msp_client_access WHERE msp_org_id = :msp AND user_id = :user")
			.param("msp", mspOrgId)
			.param("user", userId)
			.update();
	}

	private List<UUID> listed(UUID mspOrgId, UUID userId, boolean allClients) {
		return this.jdbc.sql("SELECT client_org_id FROM " + listTable(allClients) + " WHERE msp_org_id = :msp AND user_id = :user")
			.param("msp", mspOrgId)
			.param("user", userId)
			.query(UUID.class)
			.list();
	}

	/**
	 * Allow lists name relationships, and go with a removed client (default deny); block lists name
	 * orgs, and outlive a client's removal, so that a client added again stays blocked.
	 */
	private static String listTable(boolean allClients) {
		return allClients ? "msp_client_access_exclusions" : "msp_client_access_clients";
	}

}
