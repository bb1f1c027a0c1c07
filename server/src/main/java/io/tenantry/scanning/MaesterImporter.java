package io.tenantry.scanning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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
 * Maester's result object: each entry of {@code Tests} is a control in the "Maester tests"
 * framework with the tenant as resource. Repeated ids (parameterised tests) roll up like any
 * control's findings; a test without a severity is MEDIUM.
 */
@Component
class MaesterImporter extends ScanImporter {

	static final FrameworkRef MAESTER = new FrameworkRef("maester", "Maester tests", true);

	private static final Set<String> HEADER = Set.of("ExecutedAt", "TenantName", "TenantId");

	@Override
	ImportFormat format() {
		return ImportFormat.MAESTER;
	}

	@Override
	ScanSubmission read(JsonParser parser, JsonToken first) {
		if (first != JsonToken.START_OBJECT) {
			throw ImportRejected.mismatch(format(), "expected an object with a Tests array.");
		}
		// Each test becomes a finding as it is read, so that no test's tree (error records, script
		// blocks) outlives it; the tenant, which may follow the tests, is set once the file is read.
		List<Finding> findings = new ArrayList<>();
		Map<String, JsonNode> header = new HashMap<>();
		boolean[] hasTests = { false };
		eachProperty(parser, (name, value) -> {
			if ("Tests".equals(name) && value == JsonToken.START_ARRAY) {
				hasTests[0] = true;
				eachElement(parser, (index, test) -> findings.add(finding(index, test)));
			}
			else if (HEADER.contains(name)) {
				header.put(name, parser.readValueAsTree());
			}
			else {
				parser.skipChildren();
			}
		});
		if (!hasTests[0]) {
			throw ImportRejected.mismatch(format(), "it has no Tests array.");
		}
		String tenant = tenant(Nodes.text(header.get("TenantName")), Nodes.text(header.get("TenantId")));
		String resource = Nodes.cut(tenant, Finding.MAX_RESOURCE);
		return submission(executedAt(header.get("ExecutedAt")), tenant,
				findings.stream().map((finding) -> finding.on(resource)).toList());
	}

	/**
	 * ISO-8601 from PowerShell 7; Windows PowerShell 5.1 writes {@code /Date(ms)/}, bare or as the
	 * {@code value} of an object with {@code DisplayHint} and {@code DateTime}.
	 */
	private static @Nullable Instant executedAt(@Nullable JsonNode value) {
		return Nodes.instant(Nodes.firstOf(Nodes.text(value), Nodes.text(value, "value")));
	}

	/**
	 * Id and title as Maester splits its test names: up to the first colon and after it, else the
	 * whole name; without a resource, which is the tenant.
	 */
	private Finding finding(int index, JsonNode test) {
		String where = "Tests[" + index + "]";
		if (!test.isObject()) {
			throw ImportRejected.invalidFinding(where, "a test must be an object.");
		}
		String name = Nodes.text(test, "Name");
		int colon = (name != null) ? name.indexOf(':') : -1;
		String id = Nodes.controlId(Nodes.firstOf(Nodes.text(test, "Id"),
				(colon > 0) ? name.substring(0, colon).strip() : name), where);
		String title = Nodes.cut(Nodes.firstOf(Nodes.text(test, "Title"),
				(colon > 0) ? name.substring(colon + 1) : name), Finding.MAX_TITLE);
		String message = Nodes.firstOf(Nodes.text(test, "ResultDetail", "TestResult"),
				Nodes.text(test, "ResultDetail", "SkippedReason"));
		return new Finding(MAESTER, id, (title != null) ? title : id, severity(test),
				status(id, Nodes.text(test, "Result")), null, Nodes.cut(message, Finding.MAX_MESSAGE));
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
		String value = Nodes.firstOf(Nodes.text(test, "Severity"), Nodes.text(test, "ResultDetail", "Severity"));
		JsonNode tags = test.get("Tag");
		if (value == null && tags != null) {
			value = (tags.isArray() ? tags.valueStream() : Stream.of(tags))
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

}
