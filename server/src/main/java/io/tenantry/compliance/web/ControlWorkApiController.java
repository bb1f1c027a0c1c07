package io.tenantry.compliance.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.compliance.AssignControl;
import io.tenantry.compliance.Assignee;
import io.tenantry.compliance.Assignments;
import io.tenantry.compliance.CommentView;
import io.tenantry.compliance.Comments;
import io.tenantry.compliance.CreateComment;
import io.tenantry.compliance.CreateRoadmapItem;
import io.tenantry.compliance.Roadmap;
import io.tenantry.compliance.RoadmapItem;
import io.tenantry.compliance.UpdateRoadmapItem;
import io.tenantry.identity.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Work on an org's controls: comments, assignments and the remediation roadmap. */
@RestController
@RequestMapping("/api/v1/orgs/{orgId}")
class ControlWorkApiController {

	private final Comments comments;

	private final Assignments assignments;

	private final Roadmap roadmap;

	ControlWorkApiController(Comments comments, Assignments assignments, Roadmap roadmap) {
		this.comments = comments;
		this.assignments = assignments;
		this.roadmap = roadmap;
	}

	@GetMapping("/controls/{controlId}/comments")
	@Operation(summary = "A control's comments, oldest first")
	@ApiResponse(responseCode = "200", description = "The comments")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown control")
	List<CommentView> comments(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId) {
		return this.comments.list(caller, orgId, controlId);
	}

	@PostMapping("/controls/{controlId}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Comment on a control")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Body blank or over 4000 characters")
	@ApiResponse(responseCode = "403", description = "Lacks comment:create")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown control")
	CommentView comment(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId, @Valid @RequestBody CreateComment command) {
		return this.comments.create(caller, orgId, controlId, command);
	}

	@PutMapping("/controls/{controlId}/assignment")
	@Operation(summary = "Assign a control to a user who reads the org, replacing any assignee")
	@ApiResponse(responseCode = "200", description = "Assigned")
	@ApiResponse(responseCode = "400", description = "No userId")
	@ApiResponse(responseCode = "403", description = "Lacks assignment:manage")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown control")
	@ApiResponse(responseCode = "422", description = "The user cannot read the org (assignee_not_eligible)")
	Assignee assign(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId, @Valid @RequestBody AssignControl command) {
		return this.assignments.assign(caller, orgId, controlId, command);
	}

	@DeleteMapping("/controls/{controlId}/assignment")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a control's assignee")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "403", description = "Lacks assignment:manage")
	@ApiResponse(responseCode = "404", description = "Org not visible, unknown control or no assignee")
	void unassign(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable String controlId) {
		this.assignments.unassign(caller, orgId, controlId);
	}

	@GetMapping("/roadmap")
	@Operation(summary = "The org's roadmap items, soonest target date first")
	@ApiResponse(responseCode = "200", description = "The items")
	@ApiResponse(responseCode = "403", description = "Lacks compliance:read")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	List<RoadmapItem> roadmap(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.roadmap.list(caller, orgId);
	}

	@PostMapping("/roadmap")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan the remediation of a control")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Invalid fields")
	@ApiResponse(responseCode = "403", description = "Lacks roadmap:manage")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown control")
	RoadmapItem plan(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @RequestBody CreateRoadmapItem command) {
		return this.roadmap.create(caller, orgId, command);
	}

	@PatchMapping("/roadmap/{itemId}")
	@Operation(summary = "Change a roadmap item's status, target date, title or notes")
	@ApiResponse(responseCode = "200", description = "Changed; DONE records completedAt, reopening clears it")
	@ApiResponse(responseCode = "400", description = "Invalid fields")
	@ApiResponse(responseCode = "403", description = "Lacks roadmap:manage")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown item")
	@ApiResponse(responseCode = "409", description = "The item is done and the change does not reopen it")
	RoadmapItem change(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@PathVariable UUID itemId, @Valid @RequestBody UpdateRoadmapItem change) {
		return this.roadmap.update(caller, orgId, itemId, change);
	}

	@DeleteMapping("/roadmap/{itemId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a roadmap item")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "403", description = "Lacks roadmap:manage")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown item")
	void delete(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, @PathVariable UUID itemId) {
		this.roadmap.delete(caller, orgId, itemId);
	}

}
