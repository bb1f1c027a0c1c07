package io.tenantry.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
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
		string(json, time(entry.at()));
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
		return hash(sha256(), prevHash, entry);
	}

	/** The same with a digest the caller reuses, as a verifier does for a whole chain. */
	static String hash(MessageDigest sha, String prevHash, AuditEntry entry) {
		sha.reset();
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
		// Copies the runs between escapes whole: most values have none, and verification speed counts.
		int run = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\' || c < 0x20) {
				json.append(value, run, i);
				escape(json, c);
				run = i + 1;
			}
		}
		json.append(value, run, value.length()).append('"');
	}

	private static void escape(StringBuilder json, char c) {
		switch (c) {
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			case '\n' -> json.append("\\n");
			case '\r' -> json.append("\\r");
			case '\t' -> json.append("\\t");
			case '\b' -> json.append("\\b");
			case '\f' -> json.append("\\f");
			default -> json.append(String.format("\\u%04x", (int) c));
		}
	}

	/** {@link #AT}'s form, written directly for the years 0–9999 since a formatter is slow. */
	private static String time(Instant at) {
		LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), ZoneOffset.UTC);
		if (t.getYear() < 0 || t.getYear() > 9999) {
			return AT.format(at);
		}
		StringBuilder text = new StringBuilder(27);
		digits(text, t.getYear(), 4).append('-');
		digits(text, t.getMonthValue(), 2).append('-');
		digits(text, t.getDayOfMonth(), 2).append('T');
		digits(text, t.getHour(), 2).append(':');
		digits(text, t.getMinute(), 2).append(':');
		digits(text, t.getSecond(), 2).append('.');
		return digits(text, t.getNano() / 1000, 6).append('Z').toString();
	}

	private static StringBuilder digits(StringBuilder text, int value, int width) {
		String digits = Integer.toString(value);
		for (int i = digits.length(); i < width; i++) {
			text.append('0');
		}
		return text.append(digits);
	}

}
