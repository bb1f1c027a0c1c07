package io.tenantry.scanning;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real local HTTP server standing in for an org's scan runbook: it records each webhook call and,
 * when told to, answers 202 and then posts native results to the callback with the token; or it
 * answers with a redirect.
 */
final class Runbook implements AutoCloseable {

	static final String RESULTS = """
			{"scannedAt": "2025-05-01T10:00:00Z", "results": [
			  {"controlId": "webhook.check.one", "title": "One", "severity": "HIGH", "status": "PASS"},
			  {"controlId": "webhook.check.two", "title": "Two", "severity": "CRITICAL", "status": "FAIL"}]}
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	enum Behaviour {

		CALL_BACK, ACCEPT_ONLY, REDIRECT

	}

	/** A webhook call as the runbook received it. */
	record Call(JsonNode payload, byte[] body, String signature) {
	}

	final List<Call> calls = new CopyOnWriteArrayList<>();

	final List<String> callbackAnswers = new CopyOnWriteArrayList<>();

	private final HttpServer server;

	private final Behaviour behaviour;

	Runbook(Behaviour behaviour) throws IOException {
		this.behaviour = behaviour;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/hook", this::hook);
		this.server.createContext("/elsewhere", (exchange) -> {
			this.calls.add(new Call(JSON.createObjectNode(), new byte[0], "redirected"));
			respond(exchange, 200);
		});
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	private void hook(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		JsonNode payload = JSON.readTree(body);
		this.calls.add(new Call(payload, body, exchange.getRequestHeaders().getFirst("X-Tenantry-Signature")));
		if (this.behaviour == Behaviour.REDIRECT) {
			exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + this.server.getAddress().getPort() + "/elsewhere");
			respond(exchange, 302);
			return;
		}
		respond(exchange, 202);
		if (this.behaviour == Behaviour.CALL_BACK) {
			new Thread(() -> callBack(payload)).start();
		}
	}

	/** Posts the results to the call's callback with its token, as the runbook does once a scan ran. */
	void callBack(JsonNode payload) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(payload.get("callbackUrl").asString()))
			.header("Content-Type", "application/json")
			.header("X-Callback-Token", payload.get("callbackToken").asString())
			.POST(HttpRequest.BodyPublishers.ofString(RESULTS))
			.build();
		try {
			this.callbackAnswers.add(String.valueOf(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()));
		}
		catch (IOException | InterruptedException ex) {
			this.callbackAnswers.add(ex.toString());
		}
	}

	private static void respond(HttpExchange exchange, int status) throws IOException {
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
