package io.tenantry.msp;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A request to set a technician's client access: an allow list, or all clients but a block list. */
public record SetClientAccess(@NotNull Boolean allClients, @Nullable List<UUID> clientOrgIds,
		@Nullable List<UUID> excludedClientOrgIds) {

	List<UUID> allowed() {
		return (this.clientOrgIds != null) ? this.clientOrgIds : List.of();
	}

	List<UUID> excluded() {
		return (this.excludedClientOrgIds != null) ? this.excludedClientOrgIds : List.of();
	}

}
