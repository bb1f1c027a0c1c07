package io.tenantry.organizations.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.Organizations;
import io.tenantry.organizations.Organizations.VisibleOrganization;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeApiController {

	private final Organizations organizations;

	MeApiController(Organizations organizations) {
		this.organizations = organizations;
	}

	record Me(UUID id, String email, String name, boolean superAdmin, List<OrgEntry> orgs) {
	}

	record OrgEntry(UUID id, String name, String role, @Nullable String tier, String via, List<String> capabilities) {

		static OrgEntry of(VisibleOrganization visible) {
			OrgAccess access = visible.access();
			return new OrgEntry(visible.organization().id(), visible.organization().name(), access.role().name(),
					(access.tier() != null) ? access.tier().name() : null, access.via().name(),
					access.capabilities().stream().map(Capability::value).sorted().toList());
		}

	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The caller, and every org it reaches with its effective role and capabilities")
	Me me(@AuthenticationPrincipal CurrentUser caller) {
		List<OrgEntry> orgs = this.organizations.reachable(caller, false).stream().map(OrgEntry::of).toList();
		return new Me(caller.id(), caller.email(), caller.name(), caller.superAdmin(), orgs);
	}

}
