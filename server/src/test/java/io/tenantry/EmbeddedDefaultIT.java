package io.tenantry;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.tenantry.scanning.Samples;
import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command end to end: the packaged jar on the embedded H2 default, in a fresh
 * data directory, with the bootstrap admin printed once in the log. The main flows run against
 * it over HTTP, so every module's SQL is proven on H2 as well as on PostgreSQL.
 */
@TestMethodOrder(OrderAnnotation.class)
class EmbeddedDefaultIT {

	@TempDir
	static Path workDir;

	private static EmbeddedServer server;

	private static Api admin;

	@BeforeAll
	static void start() throws Exception {
		server = EmbeddedServer.start(workDir, "first-start.log");
		admin = server.api().login("admin@localhost", server.printedAdminPassword());
	}

	@AfterAll
	static void stop() throws InterruptedException {
		server.stop();
	}

	@Test
	@Order(1)
	void packagedJarRunsOnH2WithABootstrapAdmin() {
		Response created = admin.post("/api/v1/orgs", Map.of("name", "Embedded Org"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(admin.get("/api/v1/orgs").json().size()).isEqualTo(1);
		assertThat(workDir.resolve("data").resolve("tenantry.mv.db")).exists();
	}

	@Test
	@Order(2)
	void mspManagesAClientWhoseImportedScanReachesTheClientDashboard() {
		String msp = admin.post("/api/v1/orgs", Map.of("name", "Embedded MSP", "mspPortalEnabled", true))
			.json()
			.get("id")
			.asString();
		String client = admin.post("/api/v1/orgs", Map.of("name", "Embedded Client")).json().get("id").asString();
		assertThat(admin.post("/api/v1/msp/" + msp + "/clients", Map.of("clientOrgId", client, "tier", "T2")).status())
			.isEqualTo(201);

		Response imported = admin.send("POST", "/api/v1/orgs/" + client + "/scans/import?format=scubagear",
				BodyPublishers.ofByteArray(Samples.bytes("scubagear/ScubaResults_fa5589b7-d528-4f80.json")),
				"application/json");

		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		JsonNode dashboard = admin.get("/api/v1/msp/" + msp + "/dashboard").json().get("clients").get(0);
		assertThat(dashboard.get("orgId").asString()).isEqualTo(client);
		assertThat(dashboard.get("complianceScore").asDouble())
			.isEqualTo(imported.json().get("complianceScore").asDouble());
		assertThat(dashboard.get("scanStatus").asString()).isEqualTo("CURRENT");
		assertThat(admin.get("/api/v1/msp/" + msp + "/licensing").json().get("kpis").get("clientOrganizations").asInt())
			.isEqualTo(1);
		JsonNode verification = admin.get("/api/v1/orgs/" + client + "/audit/verify").json();
		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("entries").asInt()).isGreaterThanOrEqualTo(2);
	}

	@Test
	@Order(3)
	void restartKeepsTheDataAndCreatesNoSecondAdmin() throws Exception {
		String password = server.printedAdminPassword();
		server.stop();

		server = EmbeddedServer.start(workDir, "second-start.log");

		assertThat(server.log()).doesNotContain("with password ");
		Api again = server.api().login("admin@localhost", password);
		assertThat(again.get("/api/v1/orgs").json().size()).isEqualTo(3);
		assertThat(again.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
	}

	/** The packaged jar as its own process, with no SPRING_ or TENANTRY_ variables from the build. */
	private record EmbeddedServer(Process process, Api api, Path logFile) {

		static EmbeddedServer start(Path directory, String logName) throws Exception {
			int port = freePort();
			Path log = directory.resolve(logName);
			ProcessBuilder builder = new ProcessBuilder(javaBin(), "-jar", System.getProperty("tenantry.server.jar"))
				.directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("SERVER_PORT", String.valueOf(port));
			builder.environment().keySet().removeIf((key) -> key.startsWith("SPRING_") || key.startsWith("TENANTRY_"));
			EmbeddedServer server = new EmbeddedServer(builder.start(), new Api("http://localhost:" + port), log);
			server.awaitHealthy();
			return server;
		}

		String printedAdminPassword() throws IOException {
			List<String> lines = Files.readAllLines(this.logFile);
			return lines.stream()
				.filter((line) -> line.contains("admin@localhost with password "))
				.map((line) -> line.replaceAll(".*with password (\\S+).*", "$1"))
				.findFirst()
				.orElseThrow();
		}

		void stop() throws InterruptedException {
			this.process.destroy();
			this.process.waitFor();
		}

		String log() {
			try {
				return Files.readString(this.logFile);
			}
			catch (IOException ex) {
				return ex.toString();
			}
		}

		private void awaitHealthy() throws Exception {
			Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
			while (Instant.now().isBefore(deadline)) {
				assertThat(this.process.isAlive()).as(this::log).isTrue();
				try {
					Response health = this.api.get("/actuator/health");
					if (health.status() == 200 && health.json().get("status").asString().equals("UP")) {
						return;
					}
				}
				catch (IllegalStateException notYetListening) {
					// the server is still starting
				}
				try {
					this.process.onExit().get(200, TimeUnit.MILLISECONDS);
				}
				catch (TimeoutException stillStarting) {
					// poll again
				}
			}
			throw new AssertionError("Server did not become healthy:\n" + log());
		}

		private static String javaBin() {
			return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

	}

}
