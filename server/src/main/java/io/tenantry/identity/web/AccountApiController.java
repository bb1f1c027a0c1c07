package io.tenantry.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.identity.Accounts;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.Mfa;
import io.tenantry.identity.Mfa.Enrollment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account: password and MFA. */
@RestController
@RequestMapping("/api/v1/account")
class AccountApiController {

	private final Accounts accounts;

	private final Mfa mfa;

	AccountApiController(Accounts accounts, Mfa mfa) {
		this.accounts = accounts;
		this.mfa = mfa;
	}

	record ChangePassword(@NotBlank String currentPassword, @NotBlank String newPassword) {
	}

	record MfaCode(@NotBlank String code) {
	}

	record RecoveryCodes(List<String> recoveryCodes) {
	}

	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the caller's password")
	@ApiResponse(responseCode = "204", description = "Changed")
	@ApiResponse(responseCode = "400", description = "Current password wrong, or the new one fails the policy")
	void changePassword(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody ChangePassword request) {
		this.accounts.changePassword(caller, request.currentPassword(), request.newPassword());
	}

	@PostMapping("/mfa")
	@Operation(summary = "Start MFA enrolment: a new TOTP secret with its otpauth URI and QR code")
	@ApiResponse(responseCode = "200", description = "Enrolment pending until confirmed")
	@ApiResponse(responseCode = "409", description = "MFA is already enabled")
	Enrollment startEnrollment(@AuthenticationPrincipal CurrentUser caller) {
		return this.mfa.startEnrollment(caller);
	}

	@PostMapping("/mfa/confirm")
	@Operation(summary = "Confirm enrolment with a first code; answers the one-time recovery codes, shown only once")
	@ApiResponse(responseCode = "200", description = "MFA enabled")
	@ApiResponse(responseCode = "409", description = "No enrolment is pending")
	@ApiResponse(responseCode = "422", description = "Wrong code (mfa_invalid)")
	RecoveryCodes confirm(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody MfaCode request) {
		return new RecoveryCodes(this.mfa.confirm(caller, request.code()));
	}

	@PostMapping("/mfa/disable")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Disable MFA with a current code or a recovery code")
	@ApiResponse(responseCode = "204", description = "MFA disabled")
	@ApiResponse(responseCode = "422", description = "Wrong code (mfa_invalid)")
	void disable(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody MfaCode request) {
		this.mfa.disable(caller, request.code());
	}

}
