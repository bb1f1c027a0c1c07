package io.tenantry.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The canonical form of an entry and its hash, as the README specifies them, so that anyone can
 * recompute a chain: {@code hash = lowerHex(SHA-256(UTF-8(prevHash + canonical)))}.
 */
public final class AuditHashing {

	/** The {@code prevHash} of every chain's first entry. */
	public static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final HexFormat HEX = HexFormat.of();

	private AuditHashing() {
	}

	/** Entry times are kept to the microsecond, the precision both databases store. */
	public static Instant truncate(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	/** The canonical JSON object of an entry: fixed keys in fixed order, no whitespace. */
	public static String canonical(AuditEntry entry) {
		StringBuilder json = new StringBuilder(256);
		json.append("{\"orgId\":");
		string(json, uuid(entry.orgId()));
		json.append(",\"seq\":").append(entry.seq());
		json.append(",\"at\":");
		string(json, AT.format(entry.at()));
		json.append(",\"actorId\":");
		string(json, uuid(entry.actorId()));
		field(json, "actorEmail", entry.actorEmail());
		field(json, "ip", entry.ip());
		field(json, "userAgent", entry.userAgent());
		field(json, "action", entry.action());
		field(json, "target", entry.target());
		field(json, "details", entry.details());
		field(json, "onBehalfOfOrgId", uuid(entry.onBehalfOfOrgId()));
		field(json, "onBehalfOfTier", entry.onBehalfOfTier());
		return json.append('}').toString();
	}

	/** The hash of an entry that follows {@code prevHash}. */
	public static String hash(String prevHash, AuditEntry entry) {
		MessageDigest sha = sha256();
		sha.update(prevHash.getBytes(StandardCharsets.UTF_8));
		sha.update(canonical(entry).getBytes(StandardCharsets.UTF_8));
		return HEX.formatHex(sha.digest());
	}

	/** One line of a JSON Lines export: the canonical object plus {@code prevHash} and {@code hash}. */
	public static String exportLine(AuditEntry entry) {
		String canonical = canonical(entry);
		StringBuilder json = new StringBuilder(canonical.length() + 160).append(canonical, 0, canonical.length() - 1);
		field(json, "prevHash", entry.prevHash());
		field(json, "hash", entry.hash());
		return json.append('}').toString();
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable String uuid(@Nullable UUID id) {
		return (id != null) ? id.toString() : null;
	}

	private static void field(StringBuilder json, String name, @Nullable String value) {
		json.append(",\"").append(name).append("\":");
		string(json, value);
	}

	/** A JSON string with the minimal escapes: quote, backslash and control characters. */
	private static void string(StringBuilder json, @Nullable String value) {
		if (value == null) {
			json.append("null");
			return;
		}
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
