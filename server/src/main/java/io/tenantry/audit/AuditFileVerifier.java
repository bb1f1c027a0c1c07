package io.tenantry.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies a JSON Lines export without the server:
 * {@code java -jar tenantry-server.jar verify-audit <file>} exits 0 when the chain is intact and 1,
 * naming the first broken sequence number, when it is not (or the file cannot be read).
 */
public final class AuditFileVerifier {

	static final String COMMAND = "verify-audit";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AuditFileVerifier() {
	}

	/** Runs the command and exits when asked to ({@code verify-audit <file>}); returns otherwise. */
	public static void exitIfAsked(String[] args) {
		if (args.length > 0 && COMMAND.equals(args[0])) {
			System.exit(run(args, System.out, System.err));
		}
	}

	/** The command's exit status, with its report on {@code out} or {@code err}. */
	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 2) {
			err.println("Usage: java -jar tenantry-server.jar " + COMMAND + " <export.jsonl>");
			return 1;
		}
		try {
			ChainVerification result = verify(Path.of(args[1]));
			if (result.valid()) {
				out.println("Audit chain valid: " + result.entries() + " entries.");
				return 0;
			}
			err.println("Audit chain BROKEN at seq " + result.brokenAtSeq() + " (" + result.entries()
					+ " entries read).");
			return 1;
		}
		catch (IOException ex) {
			err.println("Cannot read " + args[1] + ": " + ex.getMessage());
			return 1;
		}
	}

	/** Recomputes the chain in an export; an unreadable line breaks it at that line's position. */
	public static ChainVerification verify(Path file) throws IOException {
		ChainCheck check = new ChainCheck();
		try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			long position = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				position++;
				AuditEntry entry = parse(line);
				if (entry == null) {
					return new ChainVerification(false, position, brokenAt(check, position));
				}
				check.accept(entry);
			}
		}
		return check.result();
	}

	private static long brokenAt(ChainCheck check, long position) {
		Long earlier = check.result().brokenAtSeq();
		return (earlier != null) ? earlier : position;
	}

	private static @Nullable AuditEntry parse(String line) {
		try {
			JsonNode node = JSON.readTree(line);
			return new AuditEntry(uuid(node, "orgId"), node.required("seq").asLong(),
					Instant.parse(node.required("at").asString()), uuid(node, "actorId"), text(node, "actorEmail"),
					text(node, "ip"), text(node, "userAgent"), node.required("action").asString(), text(node, "target"),
					node.required("details").asString(), uuid(node, "onBehalfOfOrgId"), text(node, "onBehalfOfTier"),
					node.required("prevHash").asString(), node.required("hash").asString());
		}
		catch (RuntimeException ex) {
			// Malformed JSON (JacksonException), a missing field, or a bad id or time: not an entry.
			return null;
		}
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.required(field);
		return value.isNull() ? null : value.asString();
	}

	private static @Nullable UUID uuid(JsonNode node, String field) {
		String value = text(node, field);
		return (value != null) ? UUID.fromString(value) : null;
	}

}
