package io.tenantry.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageShellTest extends IntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void pageWithoutSessionRedirectsToLogin() throws Exception {
		HttpResponse<String> response = send(page("/").GET());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void htmxRequestWithoutSessionAsksForAFullReload() throws Exception {
		HttpResponse<String> response = send(page("/").header("HX-Request", "true").GET());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("HX-Refresh")).hasValue("true");
		assertThat(response.body()).doesNotContain("<form");
	}

	@Test
	void forgedFormPostGetsTheHtmlForbiddenPage() throws Exception {
		HttpResponse<String> response = send(page("/switch-org").POST(BodyPublishers.ofString("orgId=x"))
			.header("Content-Type", "application/x-www-form-urlencoded"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Not allowed").contains("/css/app.css");
	}

	@Test
	void apiFailuresStayProblemJsonForBrowsers() throws Exception {
		HttpResponse<String> response = send(page("/api/v1/no-such-thing").GET());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private HttpRequest.Builder page(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "text/html,application/xhtml+xml");
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return CLIENT.send(request.build(), BodyHandlers.ofString());
	}

}
