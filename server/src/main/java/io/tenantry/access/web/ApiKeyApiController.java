package io.tenantry.access.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tenantry.access.ApiKey;
import io.tenantry.access.ApiKeys;
import io.tenantry.access.CreateApiKey;
import io.tenantry.access.CreatedApiKey;
import io.tenantry.identity.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orgs/{orgId}/api-keys")
class ApiKeyApiController {

	private final ApiKeys keys;

	ApiKeyApiController(ApiKeys keys) {
		this.keys = keys;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an API key of the org; the answer is the only place its secret key appears")
	@ApiResponse(responseCode = "201", description = "Created, with the key")
	@ApiResponse(responseCode = "400", description = "Invalid fields, or an expiry that is not in the future")
	@ApiResponse(responseCode = "403", description = "Lacks apikey:manage")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	CreatedApiKey create(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId,
			@Valid @RequestBody CreateApiKey command) {
		return this.keys.create(caller, orgId, command);
	}

	@GetMapping
	@Operation(summary = "The org's API keys, newest first, without their secrets")
	@ApiResponse(responseCode = "200", description = "The keys")
	@ApiResponse(responseCode = "403", description = "Lacks apikey:manage")
	@ApiResponse(responseCode = "404", description = "Org not visible")
	List<ApiKey> list(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId) {
		return this.keys.list(caller, orgId);
	}

	@DeleteMapping("/{keyId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke an API key: it stops working at once")
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ApiResponse(responseCode = "403", description = "Lacks apikey:manage")
	@ApiResponse(responseCode = "404", description = "Org not visible or unknown key")
	@ApiResponse(responseCode = "409", description = "Already revoked")
	void revoke(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID orgId, @PathVariable UUID keyId) {
		this.keys.revoke(caller, orgId, keyId);
	}

}
