package io.tenantry.organizations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tenantry.access.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MembershipRepository {

	private final JdbcClient jdbc;

	MembershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One membership of a user, with the org flag that decides MSP capabilities. */
	record UserMembership(UUID orgId, Role role, boolean mspPortalEnabled) {
	}

	void insert(UUID orgId, UUID userId, Role role, Instant at) {
		this.jdbc.sql("INSERT INTO memberships (org_id, user_id, role, created_at) VALUES (:orgId, :userId, :role, :at)")
			.param("orgId", orgId)
			.param("userId", userId)
			.param("role", role.name())
			.param("at", Timestamp.from(at))
			.update();
	}

	List<UserMembership> findByUser(UUID userId) {
		return this.jdbc.sql("""
				SELECT m.org_id, m.role, o.msp_portal_enabled FROM memberships m
				JOIN organizations o ON o.id = m.org_id WHERE m.user_id = :userId
				""")
			.param("userId", userId)
			.query((rs, row) -> new UserMembership(rs.getObject("org_id", UUID.class), Role.valueOf(rs.getString("role")),
					rs.getBoolean("msp_portal_enabled")))
			.list();
	}

	List<UserMembership> findByUserInOrg(UUID userId, UUID orgId) {
		return this.jdbc.sql("""
				SELECT m.org_id, m.role, o.msp_portal_enabled FROM memberships m
				JOIN organizations o ON o.id = m.org_id WHERE m.org_id = :orgId AND m.user_id = :userId
				""")
			.param("orgId", orgId)
			.param("userId", userId)
			.query((rs, row) -> new UserMembership(rs.getObject("org_id", UUID.class), Role.valueOf(rs.getString("role")),
					rs.getBoolean("msp_portal_enabled")))
			.list();
	}

}
