package io.tenantry.platform;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest extends IntegrationTest {

	private Api admin;

	@BeforeEach
	void login() {
		this.admin = this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	@Test
	void unknownApiPathIsProblemNotFound() {
		assertProblem(this.admin.get("/api/v1/no-such-thing"), 404, "not_found");
	}

	@Test
	void wrongMethodIsProblemMethodNotAllowed() {
		assertProblem(this.admin.delete("/api/v1/me"), 405, "method_not_allowed");
	}

	@Test
	void malformedJsonIsProblemAndCreatesNothing() {
		int before = this.admin.get("/api/v1/orgs").json().size();
		Response response = this.admin.send("POST", "/api/v1/orgs", BodyPublishers.ofString("{\"name\": "),
				"application/json");
		assertProblem(response, 400, "malformed_request");
		assertThat(this.admin.get("/api/v1/orgs").json().size()).isEqualTo(before);
	}

	@Test
	void validationErrorsListTheFields() {
		Response response = this.admin.post("/api/v1/orgs", Map.of("name", " "));
		assertProblem(response, 400, "validation_failed");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void oversizedBodyIsProblemPayloadTooLarge() {
		String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
		Response response = this.admin.send("POST", "/api/v1/orgs", BodyPublishers.ofString(huge), "application/json");
		assertProblem(response, 413, "payload_too_large");
	}

	@Test
	void missingCredentialsIsProblemUnauthorized() {
		assertProblem(this.api.get("/api/v1/me"), 401, "unauthorized");
	}

	@Test
	void responsesCarryStrictSecurityHeaders() {
		Response response = this.admin.get("/api/v1/me");
		assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
	}

	private static void assertProblem(Response response, int status, String code) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("code").asString()).isEqualTo(code);
		assertThat(response.json().get("status").asInt()).isEqualTo(status);
	}

}
