package io.tenantry.test;

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

import org.jspecify.annotations.Nullable;

/**
 * A minimal browser for page tests over real HTTP: keeps cookies, does not follow redirects, and
 * submits forms with the CSRF token of the page it last loaded.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient client;

	private @Nullable String csrfToken;

	public Browser(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** A GET as htmx sends it, which pages answer with a fragment. */
	public Page getHtmx(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("HX-Request", "true").GET());
	}

	/** Posts a form with the CSRF token of the last loaded page (load the form's page first). */
	public Page submit(String path, Map<String, String> fields) {
		return send(formPost(path, fields));
	}

	/** Posts a form as htmx sends it, which pages answer with a fragment. */
	public Page submitHtmx(String path, Map<String, String> fields) {
		return send(formPost(path, fields).header("HX-Request", "true"));
	}

	private HttpRequest.Builder formPost(String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (this.csrfToken != null) {
			form.put("_csrf", this.csrfToken);
		}
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body));
	}

	/** Signs in on the login page; the answer is the redirect (or the page with an error). */
	public Page login(String email, String password) {
		get("/login");
		return submit("/login", Map.of("email", email, "password", password));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(60)).build(),
					BodyHandlers.ofString());
			Page page = new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("Retry-After").orElse(null), response.body());
			Matcher csrf = CSRF.matcher(response.body());
			if (csrf.find()) {
				this.csrfToken = csrf.group(1);
			}
			return page;
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
		return URI.create(path.startsWith("http") ? path : this.baseUrl + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** What the server answered to one request. */
	public record Page(int status, @Nullable String location, @Nullable String retryAfter, String body) {

		public boolean redirectsTo(String path) {
			return this.location != null && URI.create(this.location).getPath().equals(path);
		}

		@Override
		public String toString() {
			return this.status + " " + this.location + " " + this.body;
		}

	}

}
