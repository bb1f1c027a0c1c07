package io.tenantry.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session for page tests over real HTTP: keeps cookies, follows no redirects,
 * and posts forms with the CSRF token of the page it last loaded.
 */
final class PageSession {

	private static final Pattern CSRF = Pattern
		.compile("(?:name=\"_csrf\"\\s+value=\"([^\"]+)\")|(?:name=\"csrf-token\"\\s+content=\"([^\"]+)\")");

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private String csrfToken;

	PageSession(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	static PageSession signedIn(String baseUrl, String email, String password) {
		PageSession session = new PageSession(baseUrl);
		session.get("/login");
		Page answer = session.submit("/login", Map.of("email", email, "password", password));
		if (answer.status() != 302 || answer.location().contains("error")) {
			throw new IllegalStateException("Sign-in of " + email + " failed: " + answer);
		}
		return session;
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Accept", "text/html").GET());
	}

	Page submit(String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (this.csrfToken != null) {
			form.put("_csrf", this.csrfToken);
		}
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)));
	}

	/** The Cookie header this session sends, for requests made by other means. */
	String cookieHeader() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	/** GETs a download (a PDF, a zip), keeping its bytes. */
	Download download(String path) {
		HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET(),
				BodyHandlers.ofByteArray());
		return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body());
	}

	private Page send(HttpRequest.Builder request) {
		HttpResponse<String> response = exchange(request, BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(response.body());
		if (csrf.find()) {
			this.csrfToken = (csrf.group(1) != null) ? csrf.group(1) : csrf.group(2);
		}
		return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
	}

	private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.client.send(request.timeout(Duration.ofSeconds(60)).build(), handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A downloaded file. */
	record Download(int status, String contentType, byte[] body) {
	}

	/** What the server answered to one request. */
	record Page(int status, String location, String body) {

		boolean redirectsTo(String path) {
			return !this.location.isEmpty() && URI.create(this.location).getPath().equals(path);
		}

		@Override
		public String toString() {
			return this.status + " " + this.location + " " + this.body;
		}

	}

}
