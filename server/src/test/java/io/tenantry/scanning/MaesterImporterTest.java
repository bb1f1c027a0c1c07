package io.tenantry.scanning;

import java.time.Instant;

import io.tenantry.compliance.Finding;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.compliance.ScanSubmission;
import io.tenantry.compliance.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Maester's result object across its schema versions, from small files written here. */
class MaesterImporterTest {

	@Test
	void olderTestsCarryTheSeverityInResultDetailOrATagAndMayHaveNoDetail() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.MAESTER, """
				{"Result": "Failed", "FailedCount": 9, "PassedCount": 9, "TotalCount": 99,
				 "ExecutedAt": "2025-04-30T08:29:07.071475+10:00", "TenantId": "00000000-0000-0000-0000-000000000004",
				 "TenantName": "Entra.Chat", "Account": "admin@entra.chat", "Blocks": [],
				 "Tests": [
				  {"Id": "CIS.M365.1.1.1", "Title": "One", "Result": "Failed",
				   "ResultDetail": {"TestResult": "Two admins", "Severity": "High"}},
				  {"Id": "MT.1001", "Title": "Two", "Result": "Passed", "ResultDetail": null,
				   "Tag": ["MT.1001", "Severity:Critical"]},
				  {"Id": "MT.1002", "Title": "Three", "Result": "Passed", "Severity": "",
				   "ResultDetail": {"TestResult": "", "Severity": ""}},
				  {"Id": "EIDSCA.AF01", "Title": "Four", "Result": "Skipped", "Severity": null,
				   "ResultDetail": {"SkippedReason": "Not licensed", "Severity": "Low"}}]}
				""");

		assertThat(scan.findings()).extracting(Finding::severity)
			.containsExactly(Severity.HIGH, Severity.CRITICAL, Severity.MEDIUM, Severity.LOW);
		assertThat(scan.findings()).extracting(Finding::message).containsExactly("Two admins", null, null,
				"Not licensed");
		assertThat(scan.scannedAt()).isEqualTo(Instant.parse("2025-04-29T22:29:07.071475Z"));
		assertThat(scan.tenant()).isEqualTo("Entra.Chat");
		assertThat(scan.findings()).extracting(Finding::resource).containsOnly("Entra.Chat");
	}

	@Test
	void newerResultsIncludingNotRunAndInvestigateMapAndPlaceholdersAreNoTenant() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.MAESTER, """
				{"Result": "Failed", "ErrorCount": 1, "InvestigateCount": 1, "NotRunCount": 1,
				 "ExecutedAt": "2026-04-26T12:51:44.7433467+00:00", "TenantId": "TenantId (not connected to Graph)",
				 "TenantName": "TenantName (not connected to Graph)", "Account": "Account (not connected to Graph)",
				 "TenantLogos": {"Banner": "data:image/png;base64,AAAA"}, "CurrentVersion": "Next",
				 "Tests": [
				  {"Index": 1, "Id": "AD-COMP-01", "Title": "A", "Result": "Passed", "Severity": "Info"},
				  {"Index": 2, "Id": "AD-COMP-02", "Title": "B", "Result": "Failed", "Severity": "Critical"},
				  {"Index": 3, "Id": "AD-COMP-03", "Title": "C", "Result": "Error"},
				  {"Index": 4, "Id": "AD-COMP-04", "Title": "D", "Result": "Investigate"},
				  {"Index": 5, "Id": "AD-COMP-05", "Title": "E", "Result": "NotRun"},
				  {"Index": 6, "Id": "AD-COMP-06", "Title": "F", "Result": "Skipped"}],
				 "Blocks": [], "EndOfJson": "EndOfJson"}
				""");

		assertThat(scan.findings()).extracting(Finding::status)
			.containsExactly(ResultStatus.PASS, ResultStatus.FAIL, ResultStatus.ERROR, ResultStatus.MANUAL,
					ResultStatus.NOT_APPLICABLE, ResultStatus.NOT_APPLICABLE);
		assertThat(scan.tenant()).isNull();
		assertThat(scan.findings()).extracting(Finding::resource).containsOnlyNulls();
		assertThat(scan.scannedAt()).isEqualTo(Instant.parse("2026-04-26T12:51:44.7433467Z"));
	}

	@Test
	void theOldestTestsHaveOnlyANameWhichGivesIdAndTitleAsMaesterSplitsIt() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.MAESTER, """
				{"Tests": [{"Name": "MT.1005: All users SHALL use MFA", "Result": "Passed", "Tag": "Severity:Low"},
				 {"Name": "Custom check without an id", "Result": "Failed"}]}
				""");

		assertThat(scan.findings()).extracting(Finding::controlId, Finding::title, Finding::severity)
			.containsExactly(tuple("MT.1005", "All users SHALL use MFA", Severity.LOW),
					tuple("Custom check without an id", "Custom check without an id",
							Severity.MEDIUM));
		assertThat(scan.scannedAt()).isNull();
	}

	@Test
	void windowsPowerShellDatesAreRead() {
		String bare = "{\"ExecutedAt\": \"\\/Date(1714450147071)\\/\", \"Tests\": [{\"Id\": \"MT.1\", \"Result\": \"Passed\"}]}";
		String wrapped = "{\"ExecutedAt\": {\"value\": \"\\/Date(1714450147071)\\/\", \"DisplayHint\": 2, "
				+ "\"DateTime\": \"Tuesday, April 30, 2024\"}, \"Tests\": [{\"Id\": \"MT.1\", \"Result\": \"Passed\"}]}";

		assertThat(ImportersTest.read(ImportFormat.MAESTER, bare).scannedAt())
			.isEqualTo(Instant.ofEpochMilli(1714450147071L));
		assertThat(ImportersTest.read(ImportFormat.MAESTER, wrapped).scannedAt())
			.isEqualTo(Instant.ofEpochMilli(1714450147071L));
	}

	@Test
	void repeatedIdsStaySeparateFindings() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.MAESTER, """
				{"Tests": [{"Id": "MT.1033", "Title": "Same", "Result": "Passed"},
				 {"Id": "MT.1033", "Title": "Same", "Result": "Failed"}]}
				""");

		assertThat(scan.findings()).extracting(Finding::controlId).containsExactly("MT.1033", "MT.1033");
	}

	@Test
	void aTenantNamedAfterTheTestsIsTheResourceOfEach() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.MAESTER, """
				{"Tests": [{"Id": "MT.1001", "Title": "One", "Result": "Passed", "ErrorRecord": {"Exception": {"Message": "x"}}},
				 {"Id": "MT.1002", "Title": "Two", "Result": "Failed", "ScriptBlock": "Test-MtCaMfaForAdmin"}],
				 "TenantId": "00000000-0000-0000-0000-000000000005", "TenantName": "contoso.onmicrosoft.com"}
				""");

		assertThat(scan.tenant()).isEqualTo("contoso.onmicrosoft.com");
		assertThat(scan.findings()).extracting(Finding::controlId, Finding::resource)
			.containsExactly(tuple("MT.1001", "contoso.onmicrosoft.com"), tuple("MT.1002", "contoso.onmicrosoft.com"));
	}

	@Test
	void aTestWithoutIdOrNameIsAnInvalidFinding() {
		assertThatThrownBy(() -> ImportersTest.read(ImportFormat.MAESTER,
				"{\"Tests\": [{\"Id\": \"MT.1\", \"Result\": \"Passed\"}, {\"Title\": \"T\", \"Result\": \"Passed\"}]}"))
			.hasFieldOrPropertyWithValue("code", "invalid_finding")
			.hasMessageContaining("Tests[1]");
	}

}
