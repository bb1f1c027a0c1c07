package io.tenantry.organizations.web;

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
 * A signed-in browser session over plain HTTP: keeps cookies, follows no redirects, and posts
 * forms (optionally as htmx) with the CSRF token of the last page it loaded.
 */
final class PageSession {

	private static final Pattern CSRF = Pattern
		.compile("(?:name=\"_csrf\"\\s+value=\"([^\"]+)\")|(?:name=\"csrf-token\"\\s+content=\"([^\"]+)\")");

	private final String baseUrl;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String csrf = "";

	private PageSession(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** A session signed in on the login page. */
	static PageSession login(String baseUrl, String email, String password) {
		PageSession session = new PageSession(baseUrl);
		session.get("/login");
		HttpResponse<String> signedIn = session.post("/login", Map.of("email", email, "password", password), false);
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in of " + email + " failed: " + signedIn.statusCode());
		}
		return session;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	HttpResponse<String> getHtmx(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("HX-Request", "true").GET());
	}

	HttpResponse<String> post(String path, Map<String, String> fields, boolean htmx) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", this.csrf);
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client
				.send(request.header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrf = (token.group(1) != null) ? token.group(1) : token.group(2);
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
