package io.tenantry.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tenantry.access.OrgStanding;
import io.tenantry.access.OrgState;
import io.tenantry.access.Role;
import io.tenantry.organizations.MembershipRepository.UserMembership;
import io.tenantry.platform.IdArray;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

	private static final String COLUMNS = "id, name, msp_portal_enabled, archived, license_type, license_limit, "
			+ "scan_stale_after_days, created_at";

	private final JdbcClient jdbc;

	OrganizationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Organization org) {
		this.jdbc.sql("""
				INSERT INTO organizations (id, name, msp_portal_enabled, archived, license_type, license_limit,
				  scan_stale_after_days, created_at)
				VALUES (:id, :name, :msp, :archived, :licenseType, :licenseLimit, :staleDays, :createdAt)
				""")
			.param("id", org.id())
			.param("name", org.name())
			.param("msp", org.mspPortalEnabled())
			.param("archived", org.archived())
			.param("licenseType", org.licenseType())
			.param("licenseLimit", org.licenseLimit())
			.param("staleDays", org.scanStaleAfterDays())
			.param("createdAt", Timestamp.from(org.createdAt()))
			.update();
	}

	void update(Organization org) {
		this.jdbc.sql("""
				UPDATE organizations SET name = :name, msp_portal_enabled = :msp, archived = :archived,
				  license_type = :licenseType, license_limit = :licenseLimit, scan_stale_after_days = :staleDays
				WHERE id = :id
				""")
			.param("id", org.id())
			.param("name", org.name())
			.param("msp", org.mspPortalEnabled())
			.param("archived", org.archived())
			.param("licenseType", org.licenseType())
			.param("licenseLimit", org.licenseLimit())
			.param("staleDays", org.scanStaleAfterDays())
			.update();
	}

	/** The org, its row locked until the transaction ends, so that concurrent changes to it serialize. */
	Optional<Organization> lockById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(OrganizationRepository::toOrganization)
			.optional();
	}

	Optional<Organization> findById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE id = :id")
			.param("id", id)
			.query(OrganizationRepository::toOrganization)
			.optional();
	}

	List<Organization> findAllById(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE id = ANY(:ids) ORDER BY LOWER(name)")
			.param("ids", IdArray.of(ids))
			.query(OrganizationRepository::toOrganization)
			.list();
	}

	/** Orgs whose name contains the text, any case, by name; at most {@code limit}. */
	List<Organization> search(String text, int limit) {
		String escaped = text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM organizations WHERE LOWER(name) LIKE :pattern ESCAPE '\\' "
				+ "ORDER BY LOWER(name) LIMIT :limit")
			.param("pattern", "%" + escaped + "%")
			.param("limit", limit)
			.query(OrganizationRepository::toOrganization)
			.list();
	}

	List<UUID> allIds() {
		return this.jdbc.sql("SELECT id FROM organizations").query(UUID.class).list();
	}

	/** The org's state with the user's membership there, if any: an access check's one read of both. */
	Optional<OrgStanding> standing(UUID id, UUID userId) {
		return this.jdbc.sql("""
				SELECT o.archived, o.msp_portal_enabled, m.role FROM organizations o
				LEFT JOIN memberships m ON m.org_id = o.id AND m.user_id = :userId
				WHERE o.id = :id
				""")
			.param("id", id)
			.param("userId", userId)
			.query((rs, row) -> {
				OrgState state = toState(rs, row);
				String role = rs.getString("role");
				return new OrgStanding(state, (role != null)
						? List.of(new UserMembership(id, Role.valueOf(role), state.mspPortalEnabled()).grant()) : List.of());
			})
			.optional();
	}

	Map<UUID, OrgState> states(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT id, archived, msp_portal_enabled FROM organizations WHERE id = ANY(:ids)")
			.param("ids", IdArray.of(ids))
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), toState(rs, row)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static OrgState toState(ResultSet rs, int row) throws SQLException {
		return new OrgState(rs.getBoolean("archived"), rs.getBoolean("msp_portal_enabled"));
	}

	private static Organization toOrganization(ResultSet rs, int row) throws SQLException {
		return new Organization(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getBoolean("msp_portal_enabled"), rs.getBoolean("archived"), rs.getString("license_type"),
				rs.getInt("license_limit"), rs.getInt("scan_stale_after_days"),
				rs.getTimestamp("created_at").toInstant());
	}

}
