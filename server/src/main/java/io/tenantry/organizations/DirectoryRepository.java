package io.tenantry.organizations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tenantry.access.Role;
import io.tenantry.platform.IdArray;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DirectoryRepository {

	private final JdbcClient jdbc;

	DirectoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UUID> unarchivedIds() {
		return this.jdbc.sql("SELECT id FROM organizations WHERE archived = FALSE").query(UUID.class).list();
	}

	List<Membership> membershipsOf(UUID userId) {
		return this.jdbc.sql("SELECT org_id, role FROM memberships WHERE user_id = :userId")
			.param("userId", userId)
			.query((rs, row) -> new Membership(rs.getObject("org_id", UUID.class), userId,
					Role.valueOf(rs.getString("role"))))
			.list();
	}

	Optional<Role> roleOf(UUID orgId, UUID userId) {
		return this.jdbc.sql("SELECT role FROM memberships WHERE org_id = :orgId AND user_id = :userId")
			.param("orgId", orgId)
			.param("userId", userId)
			.query((rs, row) -> Role.valueOf(rs.getString("role")))
			.optional();
	}

	List<UUID> membersWithRole(UUID orgId, Role role) {
		return this.jdbc.sql("SELECT user_id FROM memberships WHERE org_id = :orgId AND role = :role")
			.param("orgId", orgId)
			.param("role", role.name())
			.query(UUID.class)
			.list();
	}

	Map<UUID, Integer> memberCounts(Collection<UUID> orgIds) {
		if (orgIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT org_id, COUNT(*) AS members FROM memberships WHERE org_id = ANY(:ids) GROUP BY org_id")
			.param("ids", IdArray.of(orgIds))
			.query((rs, row) -> Map.entry(rs.getObject("org_id", UUID.class), rs.getInt("members")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	void updateLicense(UUID orgId, String licenseType, int limit) {
		this.jdbc.sql("UPDATE organizations SET license_type = :type, license_limit = :limit WHERE id = :id")
			.param("type", licenseType)
			.param("limit", limit)
			.param("id", orgId)
			.update();
	}

}
