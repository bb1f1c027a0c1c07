package io.tenantry.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: JSON in, status and JSON out, optional bearer token. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String baseUrl;

	private final @Nullable String token;

	private final Map<String, String> headers;

	public Api(String baseUrl) {
		this(baseUrl, null, Map.of());
	}

	private Api(String baseUrl, @Nullable String token, Map<String, String> headers) {
		this.baseUrl = baseUrl;
		this.token = token;
		this.headers = headers;
	}

	/** The same client sending this bearer token. */
	public Api as(@Nullable String token) {
		return new Api(this.baseUrl, token, this.headers);
	}

	/** The same client as if behind a proxy for this client address ({@code X-Forwarded-For}). */
	public Api from(String clientIp) {
		return new Api(this.baseUrl, this.token, Map.of("X-Forwarded-For", clientIp));
	}

	/** Logs in through the API and returns a client with the issued token. */
	public Api login(String email, String password) {
		Response response = post("/api/v1/auth/login", Map.of("email", email, "password", password));
		if (response.status() != 200) {
			throw new IllegalStateException("Login of " + email + " failed: " + response);
		}
		return as(response.json().get("token").asString());
	}

	public Response get(String path) {
		return send("GET", path, BodyPublishers.noBody(), null);
	}

	public Response delete(String path) {
		return send("DELETE", path, BodyPublishers.noBody(), null);
	}

	public Response post(String path, @Nullable Object body) {
		return send("POST", path, json(body), "application/json");
	}

	public Response put(String path, @Nullable Object body) {
		return send("PUT", path, json(body), "application/json");
	}

	public Response patch(String path, @Nullable Object body) {
		return send("PATCH", path, json(body), "application/json");
	}

	/** Sends a raw body, e.g. a scanner file or deliberately malformed JSON. */
	public Response send(String method, String path, BodyPublisher body, @Nullable String contentType) {
		HttpResponse<String> response = exchange(method, path, body, contentType, BodyHandlers.ofString());
		return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.headers().map(), response.body());
	}

	/** GETs a binary body, e.g. a PDF or zip download. */
	public Download download(String path) {
		HttpResponse<byte[]> response = exchange("GET", path, BodyPublishers.noBody(), null, BodyHandlers.ofByteArray());
		return new Download(new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.headers().map(), ""), response.body());
	}

	private <T> HttpResponse<T> exchange(String method, String path, BodyPublisher body, @Nullable String contentType,
			HttpResponse.BodyHandler<T> handler) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.method(method, body);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		this.headers.forEach(request::header);
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		try {
			return CLIENT.send(request.build(), handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static BodyPublisher json(@Nullable Object body) {
		return (body == null) ? BodyPublishers.noBody() : BodyPublishers.ofString(JSON.writeValueAsString(body));
	}

	/** A binary answer: status and headers as {@link Response} (without a text body), and the bytes. */
	public record Download(Response response, byte[] body) {

		public int status() {
			return this.response.status();
		}

		public String header(String name) {
			return this.response.header(name);
		}

	}

	/** What the server answered. */
	public record Response(int status, String contentType, Map<String, java.util.List<String>> headers, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
