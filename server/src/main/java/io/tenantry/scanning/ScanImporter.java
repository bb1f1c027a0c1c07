package io.tenantry.scanning;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import io.tenantry.compliance.Finding;
import io.tenantry.compliance.ScanSource;
import io.tenantry.compliance.ScanSubmission;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one scanner format from a stream into a whole scan, token by token: big sections the
 * portal does not need are skipped, never held. Bad input only ever ends in {@link ImportRejected}.
 */
abstract class ScanImporter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	abstract ImportFormat format();

	/** Reads the document whose first token the parser has just read; the parser stops at its end. */
	abstract ScanSubmission read(JsonParser parser, JsonToken first);

	final ScanSubmission read(InputStream in) {
		try (JsonParser parser = JSON.createParser(withoutBom(in))) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw ImportRejected.malformed(format(), "the file is empty.");
			}
			ScanSubmission submission = read(parser, first);
			if (parser.nextToken() != null) {
				throw ImportRejected.malformed(format(), "unexpected content after the end of the document at line "
						+ parser.currentLocation().getLineNr() + ".");
			}
			if (submission.findings().isEmpty()) {
				throw ImportRejected.noResults(format());
			}
			return submission;
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = (at != null) ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "";
			throw ImportRejected.malformed(format(), ex.getOriginalMessage() + where + ".");
		}
	}

	/** The whole scan an import file makes, with the tenant cut to what the store takes. */
	final ScanSubmission submission(@Nullable Instant scannedAt, @Nullable String tenant, List<Finding> findings) {
		return new ScanSubmission(ScanSource.IMPORT, format().value(), scannedAt,
				Nodes.cut(tenant, ScanSubmission.MAX_TENANT), findings);
	}

	/** Skips a UTF-8 byte order mark, which some scanners (ScubaGear, Maester on Windows) write. */
	private static InputStream withoutBom(InputStream in) {
		try {
			BufferedInputStream buffered = new BufferedInputStream(in);
			buffered.mark(3);
			byte[] head = buffered.readNBytes(3);
			if (head.length < 3 || (head[0] & 0xFF) != 0xEF || (head[1] & 0xFF) != 0xBB || (head[2] & 0xFF) != 0xBF) {
				buffered.reset();
			}
			return buffered;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Calls {@code each} with the index and tree of every element of the array the parser is at. */
	final void eachElement(JsonParser parser, ElementReader each) {
		int index = 0;
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			if (token == null) {
				throw ImportRejected.malformed(format(), "the file ends inside an array.");
			}
			each.read(index++, parser.readValueAsTree());
		}
	}

	/** Calls {@code each} with the name of every property of the object the parser is at, positioned on its value. */
	final void eachProperty(JsonParser parser, PropertyReader each) {
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
			if (token != JsonToken.PROPERTY_NAME) {
				throw ImportRejected.malformed(format(), "the file ends inside an object.");
			}
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (value == null) {
				throw ImportRejected.malformed(format(), "the file ends inside an object.");
			}
			each.read(name, value);
		}
	}

	@FunctionalInterface
	interface ElementReader {

		void read(int index, JsonNode element);

	}

	@FunctionalInterface
	interface PropertyReader {

		void read(String name, JsonToken value);

	}

}
