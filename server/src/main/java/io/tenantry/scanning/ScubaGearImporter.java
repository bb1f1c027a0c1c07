package io.tenantry.scanning;

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
 * CISA ScubaGear: the consolidated {@code ScubaResults_*.json} report (one result per policy, the
 * tenant as resource; the large {@code Raw} export is skipped unread), or the raw Rego
 * {@code TestResults.json} array. Criticality Shall → HIGH, Should → MEDIUM.
 */
@Component
class ScubaGearImporter extends ScanImporter {

	static final FrameworkRef SCUBA = new FrameworkRef("cisa-scuba-m365", "CISA SCuBA M365", false);

	@Override
	ImportFormat format() {
		return ImportFormat.SCUBAGEAR;
	}

	@Override
	ScanSubmission read(JsonParser parser, JsonToken first) {
		if (first == JsonToken.START_ARRAY) {
			return readRegoResults(parser);
		}
		if (first != JsonToken.START_OBJECT) {
			throw ImportRejected.mismatch(format(), "expected a ScubaResults object or a TestResults array.");
		}
		JsonNode[] metaData = { null };
		List<JsonNode> controls = new ArrayList<>();
		boolean[] hasResults = { false };
		eachProperty(parser, (name, value) -> {
			if ("MetaData".equals(name)) {
				metaData[0] = parser.readValueAsTree();
			}
			else if ("Results".equals(name) && value == JsonToken.START_OBJECT) {
				hasResults[0] = true;
				eachProperty(parser, (product, groups) -> readGroups(parser, groups, controls));
			}
			else {
				parser.skipChildren();
			}
		});
		String tool = Nodes.text(metaData[0], "Tool");
		if (metaData[0] == null || !metaData[0].isObject() || !hasResults[0]
				|| (tool != null && !"ScubaGear".equalsIgnoreCase(tool))) {
			throw ImportRejected.mismatch(format(), "expected MetaData (Tool ScubaGear) and Results.");
		}
		String tenant = Nodes.firstOf(Nodes.text(metaData[0], "DomainName"), Nodes.text(metaData[0], "TenantId"),
				Nodes.text(metaData[0], "DisplayName"));
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < controls.size(); i++) {
			Finding finding = reportFinding(i, controls.get(i), tenant);
			if (finding != null) {
				findings.add(finding);
			}
		}
		return submission(Nodes.instant(Nodes.text(metaData[0], "TimestampZulu")), tenant, findings);
	}

	/**
	 * A product's groups; PowerShell writes a list of one as the bare object, and a product it could
	 * not assess as null.
	 */
	private void readGroups(JsonParser parser, JsonToken groups, List<JsonNode> controls) {
		if (groups == JsonToken.START_OBJECT) {
			addControls(parser.readValueAsTree(), controls);
		}
		else if (groups == JsonToken.START_ARRAY) {
			eachElement(parser, (index, group) -> addControls(group, controls));
		}
		else {
			parser.skipChildren();
		}
	}

	private static void addControls(JsonNode group, List<JsonNode> controls) {
		JsonNode list = group.isObject() ? group.get("Controls") : null;
		if (list != null && list.isArray()) {
			list.valueStream().forEach(controls::add);
		}
		else if (list != null && list.isObject()) {
			controls.add(list);
		}
	}

	private @Nullable Finding reportFinding(int index, JsonNode control, @Nullable String tenant) {
		String where = "Results control " + index;
		if (!control.isObject()) {
			throw ImportRejected.invalidFinding(where, "a control must be an object.");
		}
		String id = Nodes.controlId(Nodes.text(control, "Control ID"), where);
		String result = String.valueOf(Nodes.text(control, "Result"));
		if ("-".equals(result)) {
			return null; // a deleted policy
		}
		ResultStatus status = reportStatus(id, result);
		String title = Nodes.text(control, "Requirement");
		if (title != null && title.contains("<div")) {
			title = title.substring(0, title.indexOf("<div"));
		}
		title = Nodes.plain(title, Finding.MAX_TITLE);
		return new Finding(SCUBA, id, (title != null) ? title : id, severity(Nodes.text(control, "Criticality")),
				status, Nodes.cut(tenant, Finding.MAX_RESOURCE),
				Nodes.plain(Nodes.text(control, "Details"), Finding.MAX_MESSAGE));
	}

	private ResultStatus reportStatus(String id, String result) {
		String value = result.toLowerCase(Locale.ROOT);
		if (value.startsWith("error")) {
			return ResultStatus.ERROR;
		}
		return switch (value) {
			case "pass" -> ResultStatus.PASS;
			case "fail", "warning" -> ResultStatus.FAIL;
			case "n/a" -> ResultStatus.MANUAL;
			case "omitted", "incorrect result" -> ResultStatus.NOT_APPLICABLE;
			default -> throw ImportRejected.unknownStatus(format(), id, result);
		};
	}

	/** The Rego output: no tenant, no time; the result is derived as ScubaGear derives it. */
	private ScanSubmission readRegoResults(JsonParser parser) {
		List<Finding> findings = new ArrayList<>();
		eachElement(parser, (index, entry) -> {
			String where = "TestResults[" + index + "]";
			if (!entry.isObject() || !entry.has("PolicyId") || !entry.has("RequirementMet")) {
				throw ImportRejected.mismatch(format(), where + " has no PolicyId and RequirementMet.");
			}
			String id = Nodes.controlId(Nodes.text(entry, "PolicyId"), where);
			String criticality = String.valueOf(Nodes.text(entry, "Criticality"));
			findings.add(new Finding(SCUBA, id, id, severity(criticality), regoStatus(entry, criticality), null,
					Nodes.plain(Nodes.text(entry, "ReportDetails"), Finding.MAX_MESSAGE)));
		});
		return submission(null, null, findings);
	}

	private static ResultStatus regoStatus(JsonNode entry, String criticality) {
		if (entry.get("RequirementMet").asBoolean(false)) {
			return ResultStatus.PASS;
		}
		if (criticality.endsWith("/3rd Party") || criticality.endsWith("/Not-Implemented")) {
			return ResultStatus.MANUAL;
		}
		return ResultStatus.FAIL;
	}

	private static Severity severity(@Nullable String criticality) {
		if (criticality != null && criticality.toLowerCase(Locale.ROOT).startsWith("shall")) {
			return Severity.HIGH;
		}
		return Severity.MEDIUM;
	}

}
