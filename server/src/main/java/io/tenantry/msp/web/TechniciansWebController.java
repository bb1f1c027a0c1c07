package io.tenantry.msp.web;

import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.msp.AddTechnician;
import io.tenantry.msp.MspClients;
import io.tenantry.msp.Technicians;
import io.tenantry.platform.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The technicians of the active MSP org: who they are, which clients they reach, and adding one. */
@Controller
@RequestMapping("/msp/technicians")
class TechniciansWebController {

	private final Technicians technicians;

	private final MspClients clients;

	TechniciansWebController(Technicians technicians, MspClients clients) {
		this.technicians = technicians;
		this.clients = clients;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser caller, Model model) {
		return render(caller, ActiveMsp.of(model), model);
	}

	/** A refused addition shows the page again with the reason, and adds nobody. */
	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser caller, AddTechnician command, Model model,
			HttpServletResponse response) {
		UUID mspOrgId = ActiveMsp.of(model);
		try {
			this.technicians.add(caller, mspOrgId, command);
		}
		catch (ProblemException ex) {
			response.setStatus(ex.status());
			model.addAttribute("error", ex.errors().isEmpty() ? ex.getMessage()
					: ex.errors().get(0).field() + ": " + ex.errors().get(0).message());
			model.addAttribute("email", command.email());
			return render(caller, mspOrgId, model);
		}
		return "redirect:/msp/technicians";
	}

	private String render(CurrentUser caller, UUID mspOrgId, Model model) {
		model.addAttribute("technicians", this.technicians.list(caller, mspOrgId));
		model.addAttribute("clients", this.clients.list(caller, mspOrgId));
		return "msp/technicians";
	}

}
