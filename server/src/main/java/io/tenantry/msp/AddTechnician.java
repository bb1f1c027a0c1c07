package io.tenantry.msp;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A request to add a ServiceProvider technician to an MSP together with the clients they reach:
 * all of them, or the listed ones (at least one).
 */
public record AddTechnician(@NotBlank @Email @Size(max = 320) String email, boolean allClients,
		@Nullable List<UUID> clientOrgIds) {

	List<UUID> listed() {
		return (this.clientOrgIds != null) ? this.clientOrgIds : List.of();
	}

}
