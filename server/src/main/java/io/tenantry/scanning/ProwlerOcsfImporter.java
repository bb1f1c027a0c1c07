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
 * Prowler's OCSF output: an array of Detection Findings, one per check and resource. The check
 * ({@code metadata.event_code}) is the control, in the "Prowler checks" framework.
 */
@Component
class ProwlerOcsfImporter extends ScanImporter {

	static final FrameworkRef PROWLER = new FrameworkRef("prowler", "Prowler checks", true);

	@Override
	ImportFormat format() {
		return ImportFormat.PROWLER_OCSF;
	}

	@Override
	ScanSubmission read(JsonParser parser, JsonToken first) {
		if (first != JsonToken.START_ARRAY) {
			throw ImportRejected.mismatch(format(), "expected an array of OCSF Detection Findings.");
		}
		List<Finding> findings = new ArrayList<>();
		Instant[] scannedAt = { null };
		String[] tenant = { null };
		eachElement(parser, (index, finding) -> {
			findings.add(finding(index, finding));
			scannedAt[0] = Nodes.later(scannedAt[0], time(finding));
			if (tenant[0] == null) {
				tenant[0] = Nodes.text(finding, "cloud", "account", "uid");
			}
		});
		return new ScanSubmission(ScanSource.IMPORT, format().value(), scannedAt[0], tenant[0], findings);
	}

	private Finding finding(int index, JsonNode finding) {
		String where = "finding " + index;
		if (!finding.isObject() || (Nodes.text(finding, "metadata", "event_code") == null
				&& !"2004".equals(Nodes.text(finding, "class_uid")))) {
			throw ImportRejected.mismatch(format(), where + " is not an OCSF Detection Finding with a check id.");
		}
		String check = Nodes.controlId(Nodes.text(finding, "metadata", "event_code"), where);
		String title = Nodes.text(finding, "finding_info", "title");
		JsonNode resources = finding.get("resources");
		JsonNode resource = (resources != null && resources.isArray() && !resources.isEmpty()) ? resources.get(0) : null;
		String resourceId = (resource != null) ? firstOf(Nodes.text(resource, "uid"), Nodes.text(resource, "name"))
				: Nodes.text(finding, "cloud", "account", "uid");
		String message = firstOf(Nodes.text(finding, "status_detail"), Nodes.text(finding, "message"));
		return new Finding(PROWLER, check, Nodes.cut((title != null) ? title : check, Finding.MAX_TITLE),
				severity(finding), status(where, Nodes.text(finding, "status_code")),
				Nodes.cut(resourceId, Finding.MAX_RESOURCE), Nodes.cut(message, Finding.MAX_MESSAGE));
	}

	/** PASS, FAIL and MANUAL as they are; MUTED (a mutelist matched) counts as not applicable. */
	private ResultStatus status(String where, @Nullable String code) {
		return switch (String.valueOf(code).toUpperCase(Locale.ROOT)) {
			case "PASS" -> ResultStatus.PASS;
			case "FAIL" -> ResultStatus.FAIL;
			case "MANUAL" -> ResultStatus.MANUAL;
			case "MUTED" -> ResultStatus.NOT_APPLICABLE;
			default -> throw ImportRejected.unknownStatus(format(), where, String.valueOf(code));
		};
	}

	private static Severity severity(JsonNode finding) {
		String name = String.valueOf(Nodes.text(finding, "severity")).toLowerCase(Locale.ROOT);
		return switch (name) {
			case "critical" -> Severity.CRITICAL;
			case "high" -> Severity.HIGH;
			case "medium" -> Severity.MEDIUM;
			case "low" -> Severity.LOW;
			case "informational", "info" -> Severity.INFO;
			default -> switch (String.valueOf(Nodes.text(finding, "severity_id"))) {
				case "5" -> Severity.CRITICAL;
				case "4" -> Severity.HIGH;
				case "2" -> Severity.LOW;
				case "1" -> Severity.INFO;
				default -> Severity.MEDIUM;
			};
		};
	}

	private static @Nullable Instant time(JsonNode finding) {
		Instant iso = Nodes.instant(Nodes.text(finding, "time_dt"));
		if (iso != null) {
			return iso;
		}
		JsonNode epoch = finding.get("time");
		return (epoch != null && epoch.isIntegralNumber() && epoch.canConvertToLong()
				&& Math.abs(epoch.asLong()) < 100_000_000_000L) ? Instant.ofEpochSecond(epoch.asLong()) : null;
	}

	private static @Nullable String firstOf(@Nullable String a, @Nullable String b) {
		return (a != null) ? a : b;
	}

}
