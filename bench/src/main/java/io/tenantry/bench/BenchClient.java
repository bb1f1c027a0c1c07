package io.tenantry.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's API over real HTTP on a kept-alive connection, as a signed-in user. A blocking
 * client: the JDK's asynchronous {@code HttpClient} hands each response between threads and added a
 * tail of its own (p95 of 21 ms where the server's access log showed 9 ms for the same requests).
 */
final class BenchClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Generous: the first dashboard read recomputes every client's summary row. */
	private static final int TIMEOUT_MILLIS = 5 * 60 * 1000;

	private final String baseUrl;

	private final @Nullable String token;

	private BenchClient(String baseUrl, @Nullable String token) {
		this.baseUrl = baseUrl;
		this.token = token;
	}

	/** Signs in through {@code POST /api/v1/auth/login} and sends the bearer token from then on. */
	static BenchClient login(String baseUrl, String email, String password) throws IOException {
		byte[] credentials = JSON.writeValueAsBytes(Map.of("email", email, "password", password));
		String token = new BenchClient(baseUrl, null).post("/api/v1/auth/login", credentials, 200)
			.get("token")
			.asString();
		return new BenchClient(baseUrl, token);
	}

	JsonNode get(String path) throws IOException {
		return JSON.readTree(send("GET", path, null, 200));
	}

	/**
	 * The body of a successful GET, unparsed: what the server sends, without the client's own cost
	 * of building a tree of it (as the bare SQL's rows are read, not turned into objects).
	 */
	byte[] fetch(String path) throws IOException {
		return send("GET", path, null, 200);
	}

	JsonNode post(String path, Object body, int expectedStatus) throws IOException {
		return JSON.readTree(send("POST", path, (body instanceof byte[] bytes) ? bytes : JSON.writeValueAsBytes(body),
				expectedStatus));
	}

	private byte[] send(String method, String path, byte @Nullable [] body, int expectedStatus) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(this.baseUrl + path).toURL().openConnection();
		connection.setRequestMethod(method);
		connection.setReadTimeout(TIMEOUT_MILLIS);
		connection.setRequestProperty("Content-Type", "application/json");
		if (this.token != null) {
			connection.setRequestProperty("Authorization", "Bearer " + this.token);
		}
		if (body != null) {
			connection.setDoOutput(true);
			connection.setFixedLengthStreamingMode(body.length);
			try (OutputStream out = connection.getOutputStream()) {
				out.write(body);
			}
		}
		int status = connection.getResponseCode();
		// Reading the whole body, error or not, hands the connection back for the next request.
		try (InputStream in = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
			byte[] received = (in != null) ? in.readAllBytes() : new byte[0];
			if (status != expectedStatus) {
				throw new IllegalStateException(method + " " + path + " answered " + status + ": "
						+ new String(received, StandardCharsets.UTF_8));
			}
			return received;
		}
	}

}
