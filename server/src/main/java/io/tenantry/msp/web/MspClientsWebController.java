package io.tenantry.msp.web;

import java.net.URI;
import java.util.UUID;

import io.tenantry.access.Tier;
import io.tenantry.identity.CurrentUser;
import io.tenantry.msp.AddClient;
import io.tenantry.msp.ChangeTier;
import io.tenantry.msp.MspClients;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** The Clients page of the active MSP org: add, re-tier (htmx, in place) and remove clients. */
@Controller
@RequestMapping("/msp/clients")
class MspClientsWebController {

	private static final String HTMX = "HX-Request";

	private final MspClients clients;

	MspClientsWebController(MspClients clients) {
		this.clients = clients;
	}

	@ModelAttribute("tiers")
	Tier[] tiers() {
		return Tier.values();
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser caller, Model model) {
		model.addAttribute("page", this.clients.page(caller, ActiveMsp.of(model)));
		return "msp/clients";
	}

	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser caller, @Valid AddClient command, Model model) {
		this.clients.add(caller, ActiveMsp.of(model), command);
		return "redirect:/msp/clients";
	}

	@PostMapping("/{clientOrgId}/tier")
	String changeTier(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID clientOrgId,
			@Valid ChangeTier command, @RequestHeader(name = HTMX, required = false) String htmx, Model model) {
		model.addAttribute("client", this.clients.changeTier(caller, ActiveMsp.of(model), clientOrgId, command));
		return (htmx != null) ? "msp/client-row :: row" : "redirect:/msp/clients";
	}

	/** htmx removes the row itself (an empty 200); a plain form post is sent back to the page. */
	@PostMapping("/{clientOrgId}/remove")
	ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID clientOrgId,
			@RequestHeader(name = HTMX, required = false) String htmx, Model model) {
		this.clients.remove(caller, ActiveMsp.of(model), clientOrgId);
		return (htmx != null) ? ResponseEntity.ok().build()
				: ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/msp/clients")).build();
	}

}
