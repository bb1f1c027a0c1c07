package io.tenantry.scanning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.tenantry.compliance.Finding;
import io.tenantry.compliance.FrameworkRef;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.compliance.ScanSubmission;
import io.tenantry.compliance.Severity;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Tenantry's own format: {@code {scannedAt, results: [{controlId, title, severity, status, resource?, message?}]}}.
 * Controls no framework knows land in "Custom controls". The enums are upper case, and read
 * regardless of case; any other value is refused.
 */
@Component
class NativeImporter extends ScanImporter {

	@Override
	ImportFormat format() {
		return ImportFormat.NATIVE;
	}

	@Override
	ScanSubmission read(JsonParser parser, JsonToken first) {
		if (first != JsonToken.START_OBJECT) {
			throw ImportRejected.mismatch(format(), "expected an object with a results array.");
		}
		List<Finding> findings = new ArrayList<>();
		Instant[] scannedAt = { null };
		boolean[] hasResults = { false };
		eachProperty(parser, (name, value) -> {
			if ("results".equals(name) && value == JsonToken.START_ARRAY) {
				hasResults[0] = true;
				eachElement(parser, (index, result) -> findings.add(finding(index, result)));
			}
			else if ("scannedAt".equals(name) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
				scannedAt[0] = scannedAt(parser.getString());
			}
			else {
				parser.skipChildren();
			}
		});
		if (!hasResults[0]) {
			throw ImportRejected.mismatch(format(), "it has no results array.");
		}
		return submission(scannedAt[0], null, findings);
	}

	private Instant scannedAt(@Nullable String value) {
		Instant instant = Nodes.instant(value);
		if (instant == null) {
			throw ImportRejected.invalidFinding("scannedAt", "'" + value + "' is not an ISO-8601 time between 1970 and 9999.");
		}
		return instant;
	}

	private Finding finding(int index, JsonNode result) {
		String where = "results[" + index + "]";
		if (!result.isObject()) {
			throw ImportRejected.invalidFinding(where, "a result must be an object.");
		}
		String controlId = Nodes.controlId(Nodes.text(result, "controlId"), where);
		String title = Nodes.cut(Nodes.text(result, "title"), Finding.MAX_TITLE);
		if (title == null) {
			throw ImportRejected.invalidFinding(where, "the title is missing.");
		}
		String status = String.valueOf(Nodes.text(result, "status"));
		return new Finding(FrameworkRef.CUSTOM, controlId, title,
				severity(where, Nodes.text(result, "severity")), status(where, status),
				Nodes.cut(Nodes.text(result, "resource"), Finding.MAX_RESOURCE),
				Nodes.cut(Nodes.text(result, "message"), Finding.MAX_MESSAGE));
	}

	private static Severity severity(String where, @Nullable String value) {
		try {
			return Severity.valueOf(String.valueOf(value).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ImportRejected.invalidFinding(where, "severity '" + value + "' is not one of CRITICAL, HIGH, MEDIUM, LOW, INFO.");
		}
	}

	private ResultStatus status(String where, String value) {
		try {
			return ResultStatus.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ImportRejected.unknownStatus(format(), where, value);
		}
	}

}
