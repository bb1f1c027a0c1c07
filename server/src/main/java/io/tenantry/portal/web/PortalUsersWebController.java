package io.tenantry.portal.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.tenantry.access.Role;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import io.tenantry.portal.PortalUsers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The MSP side's "Portal users" page of a client: its client admins and viewers, inviting one
 * (in the client's branding), changing a role and removing one, in place with htmx or by plain
 * form posts. A refused invitation shows the form again with the reasons.
 */
@Controller
@RequestMapping("/orgs/{orgId}/portal-users")
class PortalUsersWebController {

	private static final String HTMX = "HX-Request";

	private final PortalUsers users;

	PortalUsersWebController(PortalUsers users) {
		this.users = users;
	}

	/** The invitation form. */
	record InviteForm(@NotBlank @Email @Size(max = 320) @Nullable String email, @Size(max = 200) @Nullable String name,
			@NotNull @Nullable Role role) {
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return List.of(Role.CLIENT_ADMIN, Role.CLIENT_VIEWER);
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, Model model) {
		model.addAttribute("invite", new InviteForm(null, null, Role.CLIENT_VIEWER));
		return render(caller, orgId, model);
	}

	@PostMapping
	String invite(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @ModelAttribute("invite") InviteForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				this.users.invite(caller, orgId, form.email(), form.name(), form.role());
				return "redirect:/orgs/" + orgId + "/portal-users";
			}
			catch (ProblemException ex) {
				if (ex.status() == HttpStatus.FORBIDDEN.value() || ex.status() == HttpStatus.NOT_FOUND.value()) {
					throw ex;
				}
				ex.errors().forEach((error) -> errors.rejectValue(error.field(), ex.code(), error.message()));
				if (ex.errors().isEmpty()) {
					errors.reject(ex.code(), ex.getMessage());
				}
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return render(caller, orgId, model);
	}

	@PostMapping("/{userId}/role")
	String changeRole(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, @PathVariable UUID userId,
			@RequestParam Role role, @RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		model.addAttribute("user", this.users.changeRole(caller, orgId, userId, role));
		model.addAttribute("orgId", orgId);
		return (htmx != null) ? "portal/portal-user-row :: row" : "redirect:/orgs/" + orgId + "/portal-users";
	}

	/** htmx removes the row itself (an empty 200); a plain form post is sent back to the page. */
	@PostMapping("/{userId}/remove")
	ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable UUID userId, @RequestHeader(name = HTMX, required = false) @Nullable String htmx) {
		this.users.remove(caller, orgId, userId);
		return (htmx != null) ? ResponseEntity.ok().build()
				: ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/orgs/" + orgId + "/portal-users")).build();
	}

	private String render(CurrentUser caller, UUID orgId, Model model) {
		model.addAttribute("listing", this.users.list(caller, orgId));
		model.addAttribute("orgId", orgId);
		return "portal/portal-users";
	}

}
