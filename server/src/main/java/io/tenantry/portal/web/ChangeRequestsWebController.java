package io.tenantry.portal.web;

import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.OrgSwitcher.ActiveOrg;
import io.tenantry.portal.ChangeRequestBoard;
import io.tenantry.portal.ChangeStatus;
import io.tenantry.portal.DecideChangeRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The MSP's change-request queue: filter by status and client; approve or reject with a comment,
 * in place with htmx (the row is re-rendered) or by a plain form post.
 */
@Controller
@RequestMapping("/msp/change-requests")
class ChangeRequestsWebController {

	private static final String HTMX = "HX-Request";

	private final ChangeRequestBoard board;

	ChangeRequestsWebController(ChangeRequestBoard board) {
		this.board = board;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal CurrentUser caller, @RequestParam(required = false) @Nullable UUID msp,
			@RequestParam(required = false) @Nullable ChangeStatus status,
			@RequestParam(required = false) @Nullable UUID clientOrgId,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		// Without a choice, the queue of the switcher's active org, when that is an MSP the caller belongs to.
		UUID chosen = (msp != null) ? msp : (model.getAttribute("activeOrg") instanceof ActiveOrg active) ? active.id() : null;
		model.addAttribute("queue", this.board.queue(caller, chosen, status, clientOrgId));
		return (htmx != null) ? "portal/change-requests :: table" : "portal/change-requests";
	}

	@PostMapping("/{orgId}/{requestId}/{verb:approve|reject}")
	String decide(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, @PathVariable UUID requestId,
			@PathVariable String verb, @Valid DecideChangeRequest decision,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		DecideChangeRequest cleaned = new DecideChangeRequest(
				(decision.comment() == null || decision.comment().isBlank()) ? null : decision.comment().strip());
		model.addAttribute("row", "approve".equals(verb) ? this.board.approve(caller, orgId, requestId, cleaned)
				: this.board.reject(caller, orgId, requestId, cleaned));
		return (htmx != null) ? "portal/change-request-row :: row" : "redirect:/msp/change-requests";
	}

}
