package io.tenantry.organizations.web;

import java.util.UUID;
import java.util.function.Supplier;

import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.AddMember;
import io.tenantry.organizations.ChangeMemberRole;
import io.tenantry.organizations.CreateOrganization;
import io.tenantry.organizations.Memberships;
import io.tenantry.organizations.Organization;
import io.tenantry.organizations.Organizations;
import io.tenantry.platform.ProblemException;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SuperAdmins' organizations page: search, create, and a detail panel with settings, licence,
 * archive and members. Every handler answers the fragment it changed to htmx and the whole page
 * otherwise; a refused change shows its reason in the panel.
 */
@Controller
@RequestMapping("/msp/organizations")
class OrganizationsWebController {

	private static final String PAGE = "organizations/index";

	private static final String HTMX = "HX-Request";

	private final Organizations organizations;

	private final Memberships memberships;

	OrganizationsWebController(Organizations organizations, Memberships memberships) {
		this.organizations = organizations;
		this.memberships = memberships;
	}

	@ModelAttribute
	void onlySuperAdmins(@AuthenticationPrincipal CurrentUser caller) {
		this.organizations.requireDirectory(caller);
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser caller, @RequestParam(defaultValue = "") String q,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		addList(caller, q, model);
		return (htmx != null) ? PAGE + " :: list" : PAGE;
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser caller, @ModelAttribute CreateOrganization command) {
		return "redirect:/msp/organizations/" + this.organizations.create(caller, command).id();
	}

	@GetMapping("/{orgId}")
	String detail(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		return render(caller, orgId, htmx, model, () -> null);
	}

	@PostMapping("/{orgId}")
	String saveSettings(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@ModelAttribute OrgSettingsForm form, @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
			Model model) {
		return render(caller, orgId, htmx, model, () -> this.organizations.update(caller, orgId, form.toUpdate()));
	}

	@PostMapping("/{orgId}/archive")
	String archive(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		return render(caller, orgId, htmx, model, () -> this.organizations.archive(caller, orgId));
	}

	@PostMapping("/{orgId}/unarchive")
	String unarchive(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		return render(caller, orgId, htmx, model, () -> this.organizations.unarchive(caller, orgId));
	}

	@PostMapping("/{orgId}/members")
	String addMember(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@ModelAttribute AddMember form, @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
			Model model) {
		return render(caller, orgId, htmx, model, () -> this.memberships.add(caller, orgId, form));
	}

	@PostMapping("/{orgId}/members/{userId}/role")
	String changeRole(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable UUID userId, @ModelAttribute ChangeMemberRole form,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		return render(caller, orgId, htmx, model, () -> this.memberships.changeRole(caller, orgId, userId, form));
	}

	@PostMapping("/{orgId}/members/{userId}/remove")
	String removeMember(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable UUID userId, @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
			Model model) {
		return render(caller, orgId, htmx, model, () -> {
			this.memberships.remove(caller, orgId, userId);
			return null;
		});
	}

	/** Runs the change, then shows the org's panel with the change's refusal, if any. */
	private String render(CurrentUser caller, UUID orgId, @Nullable String htmx, Model model, Supplier<?> change) {
		try {
			change.get();
		}
		catch (ProblemException ex) {
			model.addAttribute("error", ex.errors().isEmpty() ? ex.getMessage()
					: ex.errors().get(0).field() + " " + ex.errors().get(0).message());
		}
		catch (ConstraintViolationException ex) {
			var violation = ex.getConstraintViolations().iterator().next();
			model.addAttribute("error", violation.getPropertyPath() + " " + violation.getMessage());
		}
		Organization org = this.organizations.get(caller, orgId);
		model.addAttribute("org", org);
		model.addAttribute("members", this.memberships.list(caller, orgId));
		model.addAttribute("roles", this.memberships.assignableRoles(org));
		if (htmx != null) {
			return PAGE + " :: detail";
		}
		addList(caller, "", model);
		return PAGE;
	}

	private void addList(CurrentUser caller, String query, Model model) {
		model.addAttribute("q", query);
		model.addAttribute("orgs", this.organizations.directory(caller, query));
	}

}
