package io.tenantry.scanning;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Posts JSON to an org's webhook through the {@link OutboundGuard}: no redirects followed, short
 * timeouts, and with a secret an HMAC-SHA256 of the body in {@value #SIGNATURE_HEADER}.
 */
@Component
class Webhooks {

	static final String SIGNATURE_HEADER = "X-Tenantry-Signature";

	private final OutboundGuard guard;

	private final HttpClient client;

	private final ScanningProperties properties;

	private final JsonMapper json;

	Webhooks(ScanningProperties properties, JsonMapper json) {
		this.guard = new OutboundGuard(properties.allowedHosts());
		this.properties = properties;
		this.json = json;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.connectTimeout())
			.build();
	}

	/** Refuses a URL no call may go to (422), before it is stored. */
	void requireAllowed(String url) {
		this.guard.check(url);
	}

	/** Posts the payload; a refused target, a network failure or a non-2xx answer is a {@link WebhookFailed}. */
	void post(String url, @Nullable String secret, Object payload) {
		URI target;
		try {
			target = this.guard.check(url);
		}
		catch (ProblemException ex) {
			throw new WebhookFailed(ex.getMessage());
		}
		byte[] body = this.json.writeValueAsBytes(payload);
		HttpRequest.Builder request = HttpRequest.newBuilder(target)
			.timeout(this.properties.readTimeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (secret != null) {
			request.header(SIGNATURE_HEADER, "sha256=" + hmac(secret, body));
		}
		int status;
		try {
			status = this.client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw unreachable("could not be reached (" + ex.getClass().getSimpleName() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unreachable("call was interrupted");
		}
		if (status < 200 || status > 299) {
			throw unreachable("answered HTTP " + status);
		}
	}

	static String hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	private static WebhookFailed unreachable(String why) {
		return new WebhookFailed("The webhook " + why + ".");
	}

	/** A webhook call that did not go through; the message says why, without secrets. */
	static final class WebhookFailed extends RuntimeException {

		WebhookFailed(String message) {
			super(message);
		}

	}

}
