package io.tenantry.compliance.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.tenantry.compliance.AssignControl;
import io.tenantry.compliance.Assignments;
import io.tenantry.compliance.Comments;
import io.tenantry.compliance.ComplianceDashboard;
import io.tenantry.compliance.Controls;
import io.tenantry.compliance.CreateComment;
import io.tenantry.compliance.CreateOverride;
import io.tenantry.compliance.CreateRoadmapItem;
import io.tenantry.compliance.OrgPage;
import io.tenantry.compliance.Overrides;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.compliance.Roadmap;
import io.tenantry.compliance.RoadmapStatus;
import io.tenantry.compliance.UpdateRoadmapItem;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
 * One control's page and the work on it: override, comments, assignee, roadmap items; and the
 * org's roadmap. A form sent by htmx gets the work panel back, with the refusal's reason if it
 * was refused (missing capability and unknown things still answer 403 and 404); without htmx a
 * change redirects to the page.
 */
@Controller
@RequestMapping("/orgs/{orgId}")
class ControlWebController {

	private static final String PAGE = "compliance/control";

	private static final String HTMX = "HX-Request";

	private final ComplianceDashboard dashboard;

	private final Controls controls;

	private final Overrides overrides;

	private final Comments comments;

	private final Assignments assignments;

	private final Roadmap roadmap;

	ControlWebController(ComplianceDashboard dashboard, Controls controls, Overrides overrides, Comments comments,
			Assignments assignments, Roadmap roadmap) {
		this.dashboard = dashboard;
		this.controls = controls;
		this.overrides = overrides;
		this.comments = comments;
		this.assignments = assignments;
		this.roadmap = roadmap;
	}

	@ModelAttribute
	void org(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, Model model) {
		model.addAttribute("org", this.dashboard.page(caller, orgId));
	}

	@GetMapping("/controls/{controlId}")
	String control(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId, @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
			Model model) {
		addControl(caller, orgId, controlId, model);
		return (htmx != null) ? PAGE + " :: work" : PAGE;
	}

	@PostMapping("/controls/{controlId}/overrides")
	String override(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId, @Valid OverrideForm form) {
		this.overrides.create(caller, orgId, form.toCommand(controlId));
		return "redirect:/orgs/" + orgId + "/controls/" + controlId;
	}

	@PostMapping("/controls/{controlId}/comments")
	String comment(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId, @RequestParam(defaultValue = "") String body,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		return work(caller, orgId, controlId, htmx, model,
				() -> this.comments.create(caller, orgId, controlId, new CreateComment(body)));
	}

	/** Assigns the control to the chosen user, or removes its assignee when none is chosen. */
	@PostMapping("/controls/{controlId}/assignment")
	String assign(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId, @RequestParam(required = false) @Nullable UUID userId,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		return work(caller, orgId, controlId, htmx, model, () -> {
			if (userId != null) {
				this.assignments.assign(caller, orgId, controlId, new AssignControl(userId));
			}
			else {
				this.assignments.unassign(caller, orgId, controlId);
			}
		});
	}

	@PostMapping("/controls/{controlId}/roadmap")
	String plan(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, @PathVariable String controlId,
			RoadmapForm form, @RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		return work(caller, orgId, controlId, htmx, model,
				() -> this.roadmap.create(caller, orgId, form.toCommand(controlId)));
	}

	@PostMapping("/controls/{controlId}/roadmap/{itemId}")
	String moveItem(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId, @PathVariable UUID itemId, @RequestParam RoadmapStatus status,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model) {
		return work(caller, orgId, controlId, htmx, model, () -> this.roadmap.update(caller, orgId, itemId,
				new UpdateRoadmapItem(null, null, status, null)));
	}

	/** The org's roadmap, soonest target date first. */
	@GetMapping("/roadmap")
	String roadmap(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, Model model) {
		model.addAttribute("items", this.roadmap.list(caller, orgId));
		return "compliance/roadmap";
	}

	/** Makes the change; shows the page (or its work panel to htmx) with the refusal's reason, if refused. */
	private String work(CurrentUser caller, UUID orgId, String controlId, @Nullable String htmx, Model model,
			Runnable change) {
		try {
			change.run();
			if (htmx == null) {
				return "redirect:/orgs/" + orgId + "/controls/" + controlId;
			}
		}
		catch (ProblemException ex) {
			if (ex.status() == 403 || ex.status() == 404) {
				throw ex;
			}
			model.addAttribute("error", ex.errors().isEmpty() ? ex.getMessage()
					: ex.errors().get(0).field() + " " + ex.errors().get(0).message());
		}
		catch (ConstraintViolationException ex) {
			model.addAttribute("error", reasonOf(ex.getConstraintViolations().iterator().next()));
		}
		return control(caller, orgId, controlId, htmx, model);
	}

	private void addControl(CurrentUser caller, UUID orgId, String controlId, Model model) {
		model.addAttribute("control", this.controls.get(caller, orgId, controlId));
		boolean canAssign = ((OrgPage) model.getAttribute("org")).canAssign();
		model.addAttribute("assignees", canAssign ? this.assignments.eligible(caller, orgId) : List.of());
		model.addAttribute("roadmapStatuses", RoadmapStatus.values());
	}

	/** The violated field's own name (not the method path to it) and the message. */
	private static String reasonOf(ConstraintViolation<?> violation) {
		String field = "";
		for (Path.Node node : violation.getPropertyPath()) {
			field = String.valueOf(node.getName());
		}
		return field + " " + violation.getMessage();
	}

	/** The override form: an optional expiry date (end of that day, UTC). */
	record OverrideForm(@NotNull ResultStatus status, @NotBlank String reason, @Nullable LocalDate expiresOn) {

		CreateOverride toCommand(String controlId) {
			return new CreateOverride(controlId, this.status, this.reason, (this.expiresOn != null)
					? this.expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : null);
		}

	}

	/** The roadmap form of a control's page; the service validates it. */
	record RoadmapForm(@Nullable String title, @Nullable LocalDate targetDate, @Nullable String notes) {

		CreateRoadmapItem toCommand(String controlId) {
			return new CreateRoadmapItem(controlId, this.title, this.targetDate, null, this.notes);
		}

	}

}
