package io.tenantry.organizations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.access.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plain lookups of orgs and memberships, and the licence update, for modules that have already
 * made their own access decision (for example through an MSP relationship). It checks nothing.
 */
@Service
public class OrgDirectory {

	private final OrganizationRepository organizations;

	private final DirectoryRepository directory;

	OrgDirectory(OrganizationRepository organizations, DirectoryRepository directory) {
		this.organizations = organizations;
		this.directory = directory;
	}

	public Optional<Organization> find(UUID orgId) {
		return this.organizations.findById(orgId);
	}

	/** The orgs with these ids that exist, by name. */
	public List<Organization> findAll(Collection<UUID> orgIds) {
		return this.organizations.findAllById(orgIds);
	}

	/** Every org that is not archived, by name. */
	public List<Organization> unarchived() {
		return this.organizations.findAllById(this.directory.unarchivedIds());
	}

	/** Every direct membership of a user. */
	public List<Membership> membershipsOf(UUID userId) {
		return this.directory.membershipsOf(userId);
	}

	/** The user's direct role in the org, if a member. */
	public Optional<Role> roleOf(UUID orgId, UUID userId) {
		return this.directory.roleOf(orgId, userId);
	}

	/** The ids of the org's members with this role. */
	public List<UUID> membersWithRole(UUID orgId, Role role) {
		return this.directory.membersWithRole(orgId, role);
	}

	/** How many members each of these orgs has; orgs without members are absent. */
	public Map<UUID, Integer> memberCounts(Collection<UUID> orgIds) {
		return this.directory.memberCounts(orgIds);
	}

	/** Records the org's licence; {@code limit} 0 means unlimited. */
	@Transactional
	public void updateLicense(UUID orgId, String licenseType, int limit) {
		this.directory.updateLicense(orgId, licenseType, limit);
	}

}
