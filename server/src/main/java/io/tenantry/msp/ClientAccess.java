package io.tenantry.msp;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which clients of an MSP a ServiceProvider technician reaches: the listed ones, or with
 * {@code allClients} every client (including ones added later) but the excluded ones. The
 * default reaches none; an empty list never means all.
 */
public record ClientAccess(boolean allClients, List<UUID> clientOrgIds, List<UUID> excludedClientOrgIds) {

	public static final ClientAccess NONE = new ClientAccess(false, List.of(), List.of());

	public ClientAccess {
		clientOrgIds = List.copyOf(Set.copyOf(clientOrgIds)).stream().sorted().toList();
		excludedClientOrgIds = List.copyOf(Set.copyOf(excludedClientOrgIds)).stream().sorted().toList();
	}

	public boolean reaches(UUID clientOrgId) {
		return this.allClients ? !this.excludedClientOrgIds.contains(clientOrgId) : this.clientOrgIds.contains(clientOrgId);
	}

	/** The ids stored with the grant: the allow list, or the block list with {@code allClients}. */
	List<UUID> listed() {
		return this.allClients ? this.excludedClientOrgIds : this.clientOrgIds;
	}

	static ClientAccess of(boolean allClients, List<UUID> listed) {
		return allClients ? new ClientAccess(true, List.of(), listed) : new ClientAccess(false, listed, List.of());
	}

}
