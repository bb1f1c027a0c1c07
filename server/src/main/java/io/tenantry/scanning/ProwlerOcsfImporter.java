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
 * Prowler's OCSF output: an array of Detection Findings, one per check and resource. The check
 * ({@code metadata.event_code}) is the control, in the "Prowler checks" framework.
 */
@Component
class ProwlerOcsfImporter extends ScanImporter {

	static final FrameworkRef PROWLER = new FrameworkRef("prowler", "Prowler checks", true);

	/** OCSF's class of Detection Findings; Prowler's compliance output (2003) names checks too, once per requirement. */
	private static final String DETECTION_FINDING = "2004";

	/** OCSF's finding status "Suppressed": a mutelist matched the finding. */
	private static final String SUPPRESSED = "3";

	@Override
	ImportFormat format() {
		return ImportFormat.PROWLER_OCSF;
	}

	/** A JSON array of findings, or findings one after another (JSON Lines, or a single finding). */
	@Override
	ScanSubmission read(JsonParser parser, JsonToken first) {
		List<Finding> findings = new ArrayList<>();
		Instant[] scannedAt = { null };
		String[] tenant = { null };
		ElementReader each = (index, finding) -> {
			findings.add(finding(index, finding));
			scannedAt[0] = Nodes.later(scannedAt[0], time(finding));
			if (tenant[0] == null) {
				tenant[0] = tenant(finding);
			}
		};
		if (first == JsonToken.START_ARRAY) {
			eachElement(parser, each);
		}
		else if (first == JsonToken.START_OBJECT) {
			int index = 0;
			for (JsonToken token = first; token != null; token = parser.nextToken()) {
				if (token != JsonToken.START_OBJECT) {
					throw ImportRejected.mismatch(format(), "expected OCSF Detection Findings, one after another.");
				}
				each.read(index++, parser.readValueAsTree());
			}
		}
		else {
			throw ImportRejected.mismatch(format(), "expected an array of OCSF Detection Findings.");
		}
		return submission(scannedAt[0], tenant[0], findings);
	}

	private Finding finding(int index, JsonNode finding) {
		String where = "finding " + index;
		String check = Nodes.firstOf(Nodes.text(finding, "metadata", "event_code"),
				Nodes.text(finding, "finding_info", "analytic", "uid"));
		String findingClass = Nodes.text(finding, "class_uid");
		if (!finding.isObject() || (findingClass != null && !DETECTION_FINDING.equals(findingClass))
				|| (check == null && findingClass == null)) {
			throw ImportRejected.mismatch(format(), where + " is not an OCSF Detection Finding with a check id.");
		}
		check = Nodes.controlId(check, where);
		String title = Nodes.cut(Nodes.text(finding, "finding_info", "title"), Finding.MAX_TITLE);
		JsonNode resources = finding.get("resources");
		JsonNode resource = (resources != null && resources.isArray() && !resources.isEmpty()) ? resources.get(0) : null;
		String resourceId = Nodes.firstOf(Nodes.text(resource, "uid"), Nodes.text(resource, "name"),
				Nodes.text(finding, "cloud", "account", "uid"));
		String message = Nodes.firstOf(Nodes.text(finding, "status_detail"), Nodes.text(finding, "message"));
		return new Finding(PROWLER, check, (title != null) ? title : check, severity(finding), status(where, finding),
				Nodes.cut(resourceId, Finding.MAX_RESOURCE), Nodes.cut(message, Finding.MAX_MESSAGE));
	}

	/** The scanned account (for M365 the tenant's domain), else the tenant or provider id newer outputs add. */
	private static @Nullable String tenant(JsonNode finding) {
		return Nodes.firstOf(Nodes.text(finding, "cloud", "account", "uid"), Nodes.text(finding, "metadata", "tenant_uid"),
				Nodes.text(finding, "unmapped", "provider_uid"));
	}

	/**
	 * PASS, FAIL and MANUAL as they are; a muted finding (a mutelist matched) counts as not
	 * applicable, whether Prowler replaced its code with MUTED or only marked it suppressed.
	 */
	private ResultStatus status(String where, JsonNode finding) {
		String code = String.valueOf(Nodes.text(finding, "status_code"));
		ResultStatus reported = switch (code.toUpperCase(Locale.ROOT)) {
			case "PASS" -> ResultStatus.PASS;
			case "FAIL" -> ResultStatus.FAIL;
			case "MANUAL" -> ResultStatus.MANUAL;
			case "MUTED" -> ResultStatus.NOT_APPLICABLE;
			default -> throw ImportRejected.unknownStatus(format(), where, code);
		};
		boolean suppressed = "Suppressed".equalsIgnoreCase(Nodes.text(finding, "status"))
				|| SUPPRESSED.equals(Nodes.text(finding, "status_id"));
		return suppressed ? ResultStatus.NOT_APPLICABLE : reported;
	}

	private static Severity severity(JsonNode finding) {
		String name = String.valueOf(Nodes.text(finding, "severity")).toLowerCase(Locale.ROOT);
		return switch (name) {
			case "critical", "fatal" -> Severity.CRITICAL;
			case "high" -> Severity.HIGH;
			case "medium" -> Severity.MEDIUM;
			case "low" -> Severity.LOW;
			case "informational", "info" -> Severity.INFO;
			default -> switch (String.valueOf(Nodes.text(finding, "severity_id"))) {
				case "5", "6" -> Severity.CRITICAL;
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
		return Nodes.epoch(finding.get("time"));
	}

}
