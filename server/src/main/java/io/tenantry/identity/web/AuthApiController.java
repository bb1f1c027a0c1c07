package io.tenantry.identity.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.audit.ClientAddresses;
import io.tenantry.identity.ApiLogin;
import io.tenantry.identity.ApiTokens.IssuedToken;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.PasswordResets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthApiController {

	private final ApiLogin apiLogin;

	private final PasswordResets passwordResets;

	private final ClientAddresses addresses;

	AuthApiController(ApiLogin apiLogin, PasswordResets passwordResets, ClientAddresses addresses) {
		this.apiLogin = apiLogin;
		this.passwordResets = passwordResets;
		this.addresses = addresses;
	}

	record LoginRequest(@NotBlank String email, @NotBlank String password, @Nullable String totp) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	record PasswordResetRequest(@NotBlank @Email String email) {
	}

	@PostMapping("/login")
	@Operation(summary = "Exchange credentials for a bearer token")
	@ApiResponse(responseCode = "200", description = "Token issued")
	@ApiResponse(responseCode = "401", description = "Wrong credentials, or MFA code missing (mfa_required) or wrong (mfa_invalid)")
	@ApiResponse(responseCode = "429", description = "Too many attempts; see Retry-After")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		IssuedToken issued = this.apiLogin.login(request.email(), request.password(), request.totp(), this.addresses.of(http));
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke the bearer token of this request")
	@ApiResponse(responseCode = "204", description = "Token revoked")
	void logout(@AuthenticationPrincipal CurrentUser caller, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		this.apiLogin.logout(caller, BearerTokenFilter.tokenOf(authorization));
	}

	@PostMapping("/password-reset")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Mail a password-reset link, if an account uses this email")
	@ApiResponse(responseCode = "202", description = "Accepted, whether or not an account uses the email")
	void requestPasswordReset(@Valid @RequestBody PasswordResetRequest request) {
		this.passwordResets.request(request.email());
	}

}
