package io.tenantry.scanning;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tenantry.compliance.Finding;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Lenient reading of scanner JSON: missing, null and non-text values are all "absent". */
final class Nodes {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

	private static final Pattern SPACE = Pattern.compile("[ \\t]+");

	/**
	 * NUL and the other C0 controls but tab and line breaks, DEL, and surrogates without their other
	 * half (the pattern sees a whole pair as one code point, which this class does not hold).
	 */
	private static final Pattern UNSTORABLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uD800-\\uDFFF]");

	private static final Pattern POWERSHELL_DATE = Pattern.compile("\\\\?/Date\\((-?\\d{1,15})[^)]*\\)\\\\?/");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private Nodes() {
	}

	/** The scalar at the path as text, or null when absent, null, blank or not a scalar. */
	static @Nullable String text(@Nullable JsonNode node, String... path) {
		JsonNode current = node;
		for (String name : path) {
			if (current == null || !current.isObject()) {
				return null;
			}
			current = current.get(name);
		}
		if (current == null || !current.isValueNode() || current.isNull()) {
			return null;
		}
		String value = current.asString().strip();
		return value.isEmpty() ? null : value;
	}

	/** Text with HTML tags removed, line breaks kept, cut to the length the store takes. */
	static @Nullable String plain(@Nullable String html, int max) {
		if (html == null) {
			return null;
		}
		String text = SPACE.matcher(TAG.matcher(BREAK.matcher(html).replaceAll("\n")).replaceAll("")).replaceAll(" ")
			.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&amp;", "&")
			.strip();
		return cut(text, max);
	}

	/**
	 * Text as the store takes it: without the control characters a database refuses (NUL above all)
	 * and without unpaired surrogates, cut to {@code max} characters with an ellipsis but never
	 * between the halves of a surrogate pair; null when nothing is left.
	 */
	static @Nullable String cut(@Nullable String text, int max) {
		if (text == null) {
			return null;
		}
		String clean = UNSTORABLE.matcher(text).replaceAll("").strip();
		if (clean.isEmpty()) {
			return null;
		}
		if (clean.length() <= max) {
			return clean;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(clean.charAt(end - 1))) {
			end--;
		}
		return clean.substring(0, end) + "…";
	}

	/**
	 * A control id as stored: required, one line of printable text, and never cut (a cut id would
	 * name another control).
	 */
	static String controlId(@Nullable String id, String where) {
		if (id == null) {
			throw ImportRejected.invalidFinding(where, "the control id is missing.");
		}
		if (id.length() > Finding.MAX_ID) {
			throw ImportRejected.invalidFinding(where, "the control id is longer than " + Finding.MAX_ID + " characters.");
		}
		if (UNSTORABLE.matcher(id).find() || id.chars().anyMatch(Character::isISOControl)) {
			throw ImportRejected.invalidFinding(where, "the control id contains control characters.");
		}
		return id;
	}

	/**
	 * An ISO-8601 time with an offset, or without one (also with a space for the {@code T}) meaning
	 * UTC, or PowerShell's {@code /Date(milliseconds)/}; null when absent, unreadable or outside the
	 * years a scan can have run in.
	 */
	static @Nullable Instant instant(@Nullable String value) {
		if (value == null) {
			return null;
		}
		Matcher powerShell = POWERSHELL_DATE.matcher(value);
		if (powerShell.matches()) {
			return plausible(Instant.ofEpochMilli(Long.parseLong(powerShell.group(1))));
		}
		String iso = value.replace(' ', 'T');
		try {
			return plausible(OffsetDateTime.parse(iso).toInstant());
		}
		catch (DateTimeParseException ex) {
			try {
				return plausible(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	/** An epoch time in seconds, or in milliseconds when it is too large for seconds; null when implausible. */
	static @Nullable Instant epoch(@Nullable JsonNode value) {
		if (value == null || !value.isNumber() || !value.canConvertToLong()) {
			return null;
		}
		long number = value.asLong();
		return plausible((Math.abs(number) < 100_000_000_000L) ? Instant.ofEpochSecond(number)
				: Instant.ofEpochMilli(number));
	}

	/** Times before 1970 or after 9999 are corrupt, and some would not fit a database timestamp. */
	private static @Nullable Instant plausible(@Nullable Instant instant) {
		return (instant == null || instant.isBefore(Instant.EPOCH) || instant.isAfter(LATEST)) ? null : instant;
	}

	/** The first value that is present. */
	static @Nullable String firstOf(@Nullable String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

}
