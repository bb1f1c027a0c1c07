package io.tenantry.msp;

import java.util.List;
import java.util.UUID;

import io.tenantry.access.Role;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.AddMember;
import io.tenantry.organizations.Member;
import io.tenantry.organizations.Memberships;
import io.tenantry.platform.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An MSP's ServiceProvider technicians and the clients each reaches. Adding one always decides
 * their client access in the same step, so nobody is added with an accidental "all".
 */
@Service
public class Technicians {

	private final Memberships memberships;

	private final TechnicianAccess access;

	private final MspSurface surface;

	Technicians(Memberships memberships, TechnicianAccess access, MspSurface surface) {
		this.memberships = memberships;
		this.access = access;
		this.surface = surface;
	}

	/** A technician with their client access. */
	public record Technician(UUID userId, String email, String name, ClientAccess access) {
	}

	public List<Technician> list(CurrentUser caller, UUID mspOrgId) {
		this.surface.requireManage(caller, mspOrgId);
		return this.memberships.list(caller, mspOrgId)
			.stream()
			.filter((member) -> member.role() == Role.SERVICE_PROVIDER)
			.map((member) -> new Technician(member.userId(), member.email(), member.name(),
					this.access.get(caller, mspOrgId, member.userId())))
			.toList();
	}

	@Transactional
	public Technician add(CurrentUser caller, UUID mspOrgId, AddTechnician command) {
		this.surface.requireManage(caller, mspOrgId);
		if (!command.allClients() && command.listed().isEmpty()) {
			throw ProblemException.invalid("clientOrgIds", "choose all clients or at least one client");
		}
		Member member = this.memberships.add(caller, mspOrgId, new AddMember(command.email(), Role.SERVICE_PROVIDER));
		SetClientAccess grant = command.allClients() ? new SetClientAccess(true, null, null)
				: new SetClientAccess(false, command.listed(), null);
		ClientAccess granted = this.access.set(caller, mspOrgId, member.userId(), grant);
		return new Technician(member.userId(), member.email(), member.name(), granted);
	}

}
