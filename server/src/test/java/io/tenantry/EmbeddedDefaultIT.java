package io.tenantry;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command end to end: the packaged jar on the embedded H2 default, in a fresh
 * data directory, with the bootstrap admin printed once in the log.
 */
class EmbeddedDefaultIT {

	@TempDir
	Path workDir;

	private Process server;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.server != null) {
			this.server.destroy();
			this.server.waitFor();
		}
	}

	@Test
	void packagedJarRunsOnH2WithABootstrapAdmin() throws Exception {
		int port = freePort();
		Path log = this.workDir.resolve("server.log");
		ProcessBuilder builder = new ProcessBuilder(javaBin(), "-jar", System.getProperty("tenantry.server.jar"))
			.directory(this.workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		builder.environment().keySet().removeIf((key) -> key.startsWith("SPRING_") || key.startsWith("TENANTRY_"));
		this.server = builder.start();

		Api api = new Api("http://localhost:" + port);
		awaitHealthy(api, log);

		String password = Files.readAllLines(log)
			.stream()
			.filter((line) -> line.contains("admin@localhost with password "))
			.map((line) -> line.replaceAll(".*with password (\\S+).*", "$1"))
			.findFirst()
			.orElseThrow();
		Api admin = api.login("admin@localhost", password);
		Response created = admin.post("/api/v1/orgs", Map.of("name", "Embedded Org"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(admin.get("/api/v1/orgs").json().size()).isEqualTo(1);
		assertThat(this.workDir.resolve("data").resolve("tenantry.mv.db")).exists();
	}

	private void awaitHealthy(Api api, Path log) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			assertThat(this.server.isAlive()).as(() -> readLog(log)).isTrue();
			try {
				Response health = api.get("/actuator/health");
				if (health.status() == 200 && health.json().get("status").asString().equals("UP")) {
					return;
				}
			}
			catch (IllegalStateException notYetListening) {
				// the server is still starting
			}
			try {
				this.server.onExit().get(200, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException stillStarting) {
				// poll again
			}
		}
		throw new AssertionError("Server did not become healthy:\n" + readLog(log));
	}

	private static String readLog(Path log) {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return ex.toString();
		}
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
