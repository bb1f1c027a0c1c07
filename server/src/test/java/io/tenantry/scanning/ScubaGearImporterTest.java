package io.tenantry.scanning;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import io.tenantry.compliance.Finding;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.compliance.ScanSubmission;
import io.tenantry.compliance.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ScubaGear's report across its versions, and its Rego output, from small files written here. */
class ScubaGearImporterTest {

	/** A 1.4-style report: no ReportUUID, Summary without IncorrectResults, no AnnotatedFailedPolicies. */
	private static final String OLD_REPORT = """
			{"MetaData": {"TenantId": "00000000-0000-0000-0000-000000000001", "DisplayName": "Contoso",
			  "DomainName": "contoso.onmicrosoft.com", "ProductSuite": "Microsoft 365", "Tool": "ScubaGear",
			  "ToolVersion": "1.4.0", "TimestampZulu": "2024-06-01T10:00:00.123Z"},
			 "Summary": {"AAD": {"Passes": 1, "Failures": 1, "Warnings": 1, "Manual": 1, "Errors": 2, "Omits": 1}},
			 "Results": {
			  "AAD": [{"GroupName": "Legacy", "GroupNumber": "1", "Controls": [
			    {"Control ID": "MS.AAD.1.1v1", "Requirement": "Legacy auth SHALL be blocked.<div class='policy-indicators'>x</div>",
			     "Result": "Pass", "Criticality": "Shall", "Details": "Blocked by <a href='x'>policy</a><br/>ok"},
			    {"Control ID": "MS.AAD.2.1v1", "Requirement": "Risky users SHALL be blocked.", "Result": "Fail",
			     "Criticality": "Shall", "Details": "0 policies"},
			    {"Control ID": "MS.AAD.2.2v1", "Requirement": "Risky users SHOULD be reported.", "Result": "Warning",
			     "Criticality": "Should", "Details": "-"},
			    {"Control ID": "MS.AAD.3.1v1", "Requirement": "Phishing-resistant MFA.", "Result": "N/A",
			     "Criticality": "Shall/3rd Party", "Details": "Check it yourself"},
			    {"Control ID": "MS.AAD.4.1v1", "Requirement": "Logs SHALL be sent.", "Result": "Error",
			     "Criticality": "Shall", "Details": "Command failed"},
			    {"Control ID": "MS.AAD.5.1v1", "Requirement": "Only admins register apps.",
			     "Result": "Error - Test results missing", "Criticality": "Should/Not-Implemented", "Details": ""}]}],
			  "SecuritySuite": [{"GroupName": "Protection", "GroupNumber": "1", "Controls": [
			    {"Control ID": "MS.SECURITYSUITE.1.1v1", "Requirement": "Presets SHALL be used.", "Result": "Omitted",
			     "Criticality": "Shall", "Details": "Omitted in the config"},
			    {"Control ID": "MS.SECURITYSUITE.9.9v9", "Requirement": "Deleted.", "Result": "-", "Criticality": "-",
			     "Details": "-"}]}],
			  "PowerBI": [{"GroupName": "Sharing", "GroupNumber": "1", "Controls": [
			    {"Control ID": "MS.POWERBI.1.1v1", "Requirement": "Publish to web SHOULD be off.",
			     "Result": "Incorrect result", "Criticality": "Should", "Details": "Marked as a false positive"}]}]},
			 "Raw": {"tenant_details": [{"DisplayName": "Contoso"}], "aad_unsuccessful_commands": ["Get-X"]}}
			""";

	@Test
	void readsAReportWithoutTheFieldsOfLaterVersionsAndProductsOfNoCatalogue() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.SCUBAGEAR, OLD_REPORT);

		assertThat(scan.scannedAt()).isEqualTo(Instant.parse("2024-06-01T10:00:00.123Z"));
		assertThat(scan.tenant()).isEqualTo("contoso.onmicrosoft.com");
		assertThat(statuses(scan)).containsExactlyInAnyOrderEntriesOf(Map.of("MS.AAD.1.1v1", ResultStatus.PASS,
				"MS.AAD.2.1v1", ResultStatus.FAIL, "MS.AAD.2.2v1", ResultStatus.FAIL, "MS.AAD.3.1v1",
				ResultStatus.MANUAL, "MS.AAD.4.1v1", ResultStatus.ERROR, "MS.AAD.5.1v1", ResultStatus.ERROR,
				"MS.SECURITYSUITE.1.1v1", ResultStatus.NOT_APPLICABLE, "MS.POWERBI.1.1v1",
				ResultStatus.NOT_APPLICABLE));
		assertThat(scan.findings()).allSatisfy((finding) -> {
			assertThat(finding.framework()).isEqualTo(ScubaGearImporter.SCUBA);
			assertThat(finding.resource()).isEqualTo("contoso.onmicrosoft.com");
		});
	}

	@Test
	void severityComesFromTheCriticalityPrefix() {
		Map<String, Severity> severities = ImportersTest.read(ImportFormat.SCUBAGEAR, OLD_REPORT)
			.findings()
			.stream()
			.collect(Collectors.toMap(Finding::controlId, Finding::severity));

		assertThat(severities).containsEntry("MS.AAD.2.1v1", Severity.HIGH)
			.containsEntry("MS.AAD.2.2v1", Severity.MEDIUM)
			.containsEntry("MS.AAD.3.1v1", Severity.HIGH)
			.containsEntry("MS.AAD.5.1v1", Severity.MEDIUM);
	}

	@Test
	void titleIsTheRequirementWithoutItsHtmlAndTheMessageIsPlainText() {
		Finding first = ImportersTest.read(ImportFormat.SCUBAGEAR, OLD_REPORT).findings().get(0);

		assertThat(first.title()).isEqualTo("Legacy auth SHALL be blocked.");
		assertThat(first.message()).isEqualTo("Blocked by policy\nok");
	}

	@Test
	void readsTheFieldsOfLaterVersionsAndAProductWrittenAsOneGroupOrNone() {
		String report = """
				{"MetaData": {"Tool": "ScubaGear", "ToolVersion": "1.7.1", "ReportUUID": "fa5589b7-d528-4f80-0000-000000000000",
				  "TenantId": "00000000-0000-0000-0000-000000000002", "TimestampZulu": "2025-05-04T17:15:48Z"},
				 "AnnotatedFailedPolicies": {"MS.EXO.1.1v2": {"Comment": "Planned", "RemediationDate": "2025-09-01",
				  "IncorrectResult": false}},
				 "Results": {"EXO": {"GroupName": "Forwarding", "GroupNumber": "1", "Controls":
				   {"Control ID": "MS.EXO.1.1v2", "Requirement": "Forwarding SHALL be disabled.", "Result": "Fail",
				    "Criticality": "Shall", "Details": "1 domain", "OmittedEvaluationResult": "N/A",
				    "OmittedEvaluationDetails": "N/A", "IncorrectResult": "N/A", "IncorrectResultDetails": "N/A",
				    "OriginalResult": "Fail", "OriginalDetails": "1 domain", "Comments": ["Planned", {"x": 1}],
				    "ResolutionDate": null}},
				  "Teams": null}}
				""";

		ScanSubmission scan = ImportersTest.read(ImportFormat.SCUBAGEAR, report);

		assertThat(scan.findings()).singleElement()
			.extracting(Finding::controlId, Finding::status)
			.containsExactly("MS.EXO.1.1v2", ResultStatus.FAIL);
		assertThat(scan.tenant()).isEqualTo("00000000-0000-0000-0000-000000000002");
	}

	@Test
	void regoResultsAreDerivedFromRequirementMetAndCriticality() {
		String rego = """
				[{"PolicyId": "MS.AAD.7.3v1", "Criticality": "Shall", "RequirementMet": true, "ReportDetails": "ok",
				  "ActualValue": {"nested": [1, "x"]}, "Commandlet": ["Get-MgBetaUser"]},
				 {"PolicyId": "MS.AAD.7.4v1", "Criticality": "Should", "RequirementMet": false, "ReportDetails": "no",
				  "ActualValue": 3, "Commandlet": []},
				 {"PolicyId": "MS.AAD.7.5v1", "Criticality": "Should/3rd Party", "RequirementMet": false,
				  "ReportDetails": "<b>see</b>", "ActualValue": null, "Commandlet": []},
				 {"PolicyId": "MS.AAD.7.6v1", "Criticality": "Shall", "RequirementMet": false, "ReportDetails": "no",
				  "ActualValue": "x", "Commandlet": []}]
				""";

		ScanSubmission scan = ImportersTest.read(ImportFormat.SCUBAGEAR, rego);

		assertThat(statuses(scan)).containsExactlyInAnyOrderEntriesOf(Map.of("MS.AAD.7.3v1", ResultStatus.PASS,
				"MS.AAD.7.4v1", ResultStatus.FAIL, "MS.AAD.7.5v1", ResultStatus.MANUAL, "MS.AAD.7.6v1",
				ResultStatus.FAIL));
		assertThat(scan.findings().get(1).severity()).isEqualTo(Severity.MEDIUM);
		assertThat(scan.findings().get(3).severity()).isEqualTo(Severity.HIGH);
		assertThat(scan.tenant()).isNull();
		assertThat(scan.scannedAt()).isNull();
	}

	@Test
	void aReportOfOnlyDeletedControlsHasNoResults() {
		assertThatThrownBy(() -> ImportersTest.read(ImportFormat.SCUBAGEAR, """
				{"MetaData": {"Tool": "ScubaGear"}, "Results": {"AAD": [{"Controls": [{"Control ID": "MS.AAD.9.9v1",
				 "Result": "-"}]}]}}
				""")).hasFieldOrPropertyWithValue("code", "no_results");
	}

	@Test
	void otherToolsAndShapesAreMismatched() {
		for (String file : new String[] { "{\"MetaData\": {\"Tool\": \"Monkey365\"}, \"Results\": {}}",
				"{\"MetaData\": \"ScubaGear\", \"Results\": {}}", "{\"MetaData\": {\"Tool\": \"ScubaGear\"}}",
				"[{\"PolicyId\": \"MS.AAD.1.1v1\"}]" }) {
			assertThatThrownBy(() -> ImportersTest.read(ImportFormat.SCUBAGEAR, file)).as(file)
				.hasFieldOrPropertyWithValue("code", "format_mismatch");
		}
	}

	@Test
	void unknownResultNamesTheControlAndTheValue() {
		assertThatThrownBy(() -> ImportersTest.read(ImportFormat.SCUBAGEAR, """
				{"MetaData": {"Tool": "ScubaGear"}, "Results": {"AAD": [{"Controls": [{"Control ID": "MS.AAD.1.1v1",
				 "Result": "Probably fine"}]}]}}
				""")).hasFieldOrPropertyWithValue("code", "unknown_status").hasMessageContaining("MS.AAD.1.1v1")
			.hasMessageContaining("Probably fine");
	}

	static Map<String, ResultStatus> statuses(ScanSubmission scan) {
		return scan.findings().stream().collect(Collectors.toMap(Finding::controlId, Finding::status));
	}

}
