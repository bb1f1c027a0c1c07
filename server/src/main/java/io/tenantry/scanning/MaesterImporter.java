package io.tenantry.scanning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.tenantry.compliance.Finding;
import io.tenantry.compliance.FrameworkRef;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.compliance.ScanSource;
import io.tenantry.compliance.ScanSubmission;
import io.tenantry.compliance.Severity;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Maester's result object: each entry of {@code Tests} is a control in the "Maester tests"
 * framework with the tenant as resource. Repeated ids (parameterised tests) roll up like any
 * control's findings; a test without a severity is MEDIUM.
 */
@Component
class MaesterImporter extends ScanImporter {

	static final FrameworkRef MAESTER = new FrameworkRef("maester", "Maester tests", true);

	@Override
	ImportFormat format() {
		return ImportFormat.MAESTER;
	}

	@Override
	ScanSubmission read(JsonParser parser, JsonToken first) {
		if (first != JsonToken.START_OBJECT) {
			throw ImportRejected.mismatch(format(), "expected an object with a Tests array.");
		}
		List<JsonNode> tests = new ArrayList<>();
		String[] header = new String[3];
		boolean[] hasTests = { false };
		eachProperty(parser, (name, value) -> {
			if ("Tests".equals(name) && value == JsonToken.START_ARRAY) {
				hasTests[0] = true;
				eachElement(parser, (index, test) -> tests.add(test));
			}
			else if (value.isScalarValue() && List.of("ExecutedAt", "TenantName", "TenantId").contains(name)) {
				header[List.of("ExecutedAt", "TenantName", "TenantId").indexOf(name)] = parser.getValueAsString();
			}
			else {
				parser.skipChildren();
			}
		});
		if (!hasTests[0]) {
			throw ImportRejected.mismatch(format(), "it has no Tests array.");
		}
		String tenant = tenant(header[1], header[2]);
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < tests.size(); i++) {
			findings.add(finding(i, tests.get(i), tenant));
		}
		Instant executedAt = Nodes.instant(header[0]);
		return new ScanSubmission(ScanSource.IMPORT, format().value(), executedAt, tenant, findings);
	}

	private Finding finding(int index, JsonNode test, @Nullable String tenant) {
		String where = "Tests[" + index + "]";
		if (!test.isObject()) {
			throw ImportRejected.invalidFinding(where, "a test must be an object.");
		}
		String name = Nodes.text(test, "Name");
		String id = Nodes.text(test, "Id");
		if (id == null && name != null && name.contains(":")) {
			id = name.substring(0, name.indexOf(':')).strip();
		}
		id = Nodes.controlId(id, where);
		String title = firstOf(Nodes.text(test, "Title"), name);
		String message = firstOf(Nodes.text(test, "ResultDetail", "TestResult"),
				Nodes.text(test, "ResultDetail", "SkippedReason"));
		return new Finding(MAESTER, id, Nodes.cut((title != null) ? title : id, Finding.MAX_TITLE), severity(test),
				status(id, Nodes.text(test, "Result")), Nodes.cut(tenant, Finding.MAX_RESOURCE),
				Nodes.cut(message, Finding.MAX_MESSAGE));
	}

	private ResultStatus status(String id, @Nullable String result) {
		return switch (String.valueOf(result).toLowerCase(Locale.ROOT)) {
			case "passed" -> ResultStatus.PASS;
			case "failed" -> ResultStatus.FAIL;
			case "error" -> ResultStatus.ERROR;
			case "investigate" -> ResultStatus.MANUAL;
			case "skipped", "notrun" -> ResultStatus.NOT_APPLICABLE;
			default -> throw ImportRejected.unknownStatus(format(), id, String.valueOf(result));
		};
	}

	/** The test's severity, from the newer top-level field, the older ResultDetail, or a Severity:X tag. */
	private static Severity severity(JsonNode test) {
		String value = firstOf(Nodes.text(test, "Severity"), Nodes.text(test, "ResultDetail", "Severity"));
		JsonNode tags = test.get("Tag");
		if (value == null && tags != null && tags.isArray()) {
			value = tags.valueStream()
				.filter(JsonNode::isString)
				.map(JsonNode::asString)
				.filter((tag) -> tag.regionMatches(true, 0, "Severity:", 0, 9))
				.map((tag) -> tag.substring(9).strip())
				.findFirst()
				.orElse(null);
		}
		return switch (String.valueOf(value).toLowerCase(Locale.ROOT)) {
			case "critical" -> Severity.CRITICAL;
			case "high" -> Severity.HIGH;
			case "low" -> Severity.LOW;
			case "info", "informational" -> Severity.INFO;
			default -> Severity.MEDIUM;
		};
	}

	/** The tenant's name or id, unless Maester ran without Graph and wrote a placeholder. */
	private static @Nullable String tenant(@Nullable String name, @Nullable String id) {
		for (String value : new String[] { name, id }) {
			if (value != null && !value.isBlank() && !value.contains("not connected")) {
				return value.strip();
			}
		}
		return null;
	}

	private static @Nullable String firstOf(@Nullable String a, @Nullable String b) {
		return (a != null) ? a : b;
	}

}
