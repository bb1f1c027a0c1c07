package io.tenantry.identity.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.CreateUser;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.UpdateUser;
import io.tenantry.identity.UserAccount;
import io.tenantry.identity.UserAdministration;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

	private final UserAdministration administration;

	UserApiController(UserAdministration administration) {
		this.administration = administration;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a user (SuperAdmin); without a password an invitation is mailed")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Invalid email, name, or a password that fails the policy")
	@ApiResponse(responseCode = "403", description = "Not a SuperAdmin")
	@ApiResponse(responseCode = "409", description = "A user with this email (in any case) exists")
	UserAccount create(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody CreateUser command) {
		return this.administration.create(caller, command);
	}

	@PatchMapping("/{userId}")
	@Operation(summary = "Suspend, reactivate or rename a user (SuperAdmin); suspension ends every session and token")
	@ApiResponse(responseCode = "200", description = "Updated")
	@ApiResponse(responseCode = "403", description = "Not a SuperAdmin")
	@ApiResponse(responseCode = "404", description = "No such user")
	@ApiResponse(responseCode = "422", description = "A SuperAdmin cannot suspend themselves (cannot_suspend_self)")
	UserAccount update(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID userId,
			@Valid @RequestBody UpdateUser command) {
		return this.administration.update(caller, userId, command);
	}

}
