package io.tenantry.organizations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tenantry.access.Capability;
import io.tenantry.access.Grant;
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

		/** The role's capabilities, plus {@code msp:manage} for OrgAdmins of an MSP org. */
		Grant grant() {
			Set<Capability> capabilities = this.role.capabilities();
			if (this.role == Role.ORG_ADMIN && this.mspPortalEnabled) {
				Set<Capability> withMsp = EnumSet.copyOf(capabilities);
				withMsp.add(Capability.MSP_MANAGE);
				capabilities = Set.copyOf(withMsp);
			}
			return Grant.membership(this.orgId, this.role, capabilities);
		}

	}

	void insert(UUID orgId, UUID userId, Role role, Instant at) {
		this.jdbc.sql("INSERT INTO memberships (org_id, user_id, role, created_at) VALUES (:orgId, :userId, :role, :at)")
			.param("orgId", orgId)
			.param("userId", userId)
			.param("role", role.name())
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Every member of the org and its role. */
	Map<UUID, Role> rolesIn(UUID orgId) {
		Map<UUID, Role> roles = new HashMap<>();
		this.jdbc.sql("SELECT user_id, role FROM memberships WHERE org_id = :orgId")
			.param("orgId", orgId)
			.query((rs) -> {
				roles.put(rs.getObject("user_id", UUID.class), Role.valueOf(rs.getString("role")));
			});
		return roles;
	}

	void updateRole(UUID orgId, UUID userId, Role role) {
		this.jdbc.sql("UPDATE memberships SET role = :role WHERE org_id = :orgId AND user_id = :userId")
			.param("orgId", orgId)
			.param("userId", userId)
			.param("role", role.name())
			.update();
	}

	void delete(UUID orgId, UUID userId) {
		this.jdbc.sql("DELETE FROM memberships WHERE org_id = :orgId AND user_id = :userId")
			.param("orgId", orgId)
			.param("userId", userId)
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

}
