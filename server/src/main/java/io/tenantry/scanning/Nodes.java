package io.tenantry.scanning;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import io.tenantry.compliance.Finding;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Lenient reading of scanner JSON: missing, null and non-text values are all "absent". */
final class Nodes {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

	private static final Pattern SPACE = Pattern.compile("[ \\t]+");

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
		return text.isEmpty() ? null : cut(text, max);
	}

	static @Nullable String cut(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/** A control id as stored: required, and never cut (a cut id would name another control). */
	static String controlId(@Nullable String id, String where) {
		if (id == null) {
			throw ImportRejected.invalidFinding(where, "the control id is missing.");
		}
		if (id.length() > Finding.MAX_ID) {
			throw ImportRejected.invalidFinding(where, "the control id is longer than " + Finding.MAX_ID + " characters.");
		}
		return id;
	}

	/** An ISO-8601 time with an offset, or without one meaning UTC; null when absent or unreadable. */
	static @Nullable Instant instant(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

}
