package io.tenantry.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The application's API over real HTTP on one kept-alive connection, as a signed-in user. */
final class BenchClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Generous: the first dashboard read recomputes every client's summary row. */
	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String baseUrl;

	private final @Nullable String token;

	private BenchClient(String baseUrl, @Nullable String token) {
		this.baseUrl = baseUrl;
		this.token = token;
	}

	/** Signs in through {@code POST /api/v1/auth/login} and sends the bearer token from then on. */
	static BenchClient login(String baseUrl, String email, String password) throws IOException, InterruptedException {
		byte[] credentials = JSON.writeValueAsBytes(Map.of("email", email, "password", password));
		String token = new BenchClient(baseUrl, null).post("/api/v1/auth/login", credentials, 200)
			.get("token")
			.asString();
		return new BenchClient(baseUrl, token);
	}

	JsonNode get(String path) throws IOException, InterruptedException {
		return JSON.readTree(send("GET", path, null, 200));
	}

	/**
	 * The body of a successful GET, unparsed: what the server sends, without the client's own cost
	 * of building a tree of it (as the bare SQL's rows are read, not turned into objects).
	 */
	byte[] fetch(String path) throws IOException, InterruptedException {
		return send("GET", path, null, 200);
	}

	JsonNode post(String path, Object body, int expectedStatus) throws IOException, InterruptedException {
		return JSON.readTree(send("POST", path, (body instanceof byte[] bytes) ? bytes : JSON.writeValueAsBytes(body),
				expectedStatus));
	}

	private byte[] send(String method, String path, byte @Nullable [] body, int expectedStatus)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(TIMEOUT)
			.method(method, (body != null) ? BodyPublishers.ofByteArray(body) : BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		HttpResponse<byte[]> response = this.http.send(request.build(), BodyHandlers.ofByteArray());
		if (response.statusCode() != expectedStatus) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
					+ new String(response.body(), StandardCharsets.UTF_8));
		}
		return response.body();
	}

}
