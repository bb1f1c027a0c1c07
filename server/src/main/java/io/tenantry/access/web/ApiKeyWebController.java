package io.tenantry.access.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.tenantry.access.ApiKeys;
import io.tenantry.access.CreateApiKey;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The API keys settings page of an org: its keys, creating one (its key shown this once) and revoking. */
@Controller
@RequestMapping("/orgs/{orgId}/settings/api-keys")
class ApiKeyWebController {

	private final ApiKeys keys;

	private final Clock clock;

	ApiKeyWebController(ApiKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/** A new key's name, and the last day (UTC) it works, if it should expire. */
	record KeyForm(@NotBlank @Size(max = 100) @Nullable String name,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn) {

		CreateApiKey toCommand() {
			return new CreateApiKey(this.name,
					(this.expiresOn != null) ? this.expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : null);
		}

	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, Model model) {
		model.addAttribute("form", new KeyForm(null, null));
		return render(caller, orgId, model);
	}

	/** Shows the page with the new key, the only time it appears; refused fields show in the form. */
	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @ModelAttribute("form") KeyForm form, BindingResult errors, Model model, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("created", this.keys.create(caller, orgId, form.toCommand()));
				model.addAttribute("form", new KeyForm(null, null));
				response.setStatus(HttpStatus.CREATED.value());
				return render(caller, orgId, model);
			}
			catch (ProblemException ex) {
				if (ex.errors().isEmpty()) {
					throw ex;
				}
				errors.rejectValue("expiresOn", ex.code(), ex.errors().get(0).message());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return render(caller, orgId, model);
	}

	@PostMapping("/{keyId}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, @PathVariable UUID keyId) {
		this.keys.revoke(caller, orgId, keyId);
		return "redirect:/orgs/" + orgId + "/settings/api-keys";
	}

	private String render(CurrentUser caller, UUID orgId, Model model) {
		model.addAttribute("keys", this.keys.list(caller, orgId));
		model.addAttribute("orgId", orgId);
		model.addAttribute("now", this.clock.instant());
		return "access/api-keys";
	}

}
