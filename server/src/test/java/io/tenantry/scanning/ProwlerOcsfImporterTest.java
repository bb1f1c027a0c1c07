package io.tenantry.scanning;

import java.time.Instant;

import io.tenantry.compliance.Finding;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.compliance.ScanSubmission;
import io.tenantry.compliance.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Prowler's OCSF findings in the variants its versions and providers write, from small files written here. */
class ProwlerOcsfImporterTest {

	@Test
	void severityFallsBackToItsIdAndUnknownIsMedium() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.PROWLER_OCSF, "["
				+ finding("a", "\"severity\": \"Informational\", \"severity_id\": 1") + ","
				+ finding("b", "\"severity_id\": 5") + "," + finding("c", "\"severity_id\": 4") + ","
				+ finding("d", "\"severity_id\": 2") + "," + finding("e", "\"severity_id\": 1") + ","
				+ finding("f", "\"severity\": \"Unknown\", \"severity_id\": 0") + ","
				+ finding("g", "\"severity\": \"Critical\", \"severity_id\": 5") + "]");

		assertThat(scan.findings()).extracting(Finding::severity)
			.containsExactly(Severity.INFO, Severity.CRITICAL, Severity.HIGH, Severity.LOW, Severity.INFO,
					Severity.MEDIUM, Severity.CRITICAL);
	}

	@Test
	void mutedFindingsAreNotApplicableAndTheOtherCodesKeepTheirMeaning() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.PROWLER_OCSF,
				"[" + finding("a", "\"status_code\": \"MUTED\", \"status\": \"Suppressed\", \"status_id\": 3") + ","
						+ finding("b", "\"status_code\": \"PASS\"") + "," + finding("c", "\"status_code\": \"MANUAL\"")
						+ "," + finding("d", "\"status\": \"New\", \"status_id\": 1") + "]");

		assertThat(scan.findings()).extracting(Finding::status)
			.containsExactly(ResultStatus.NOT_APPLICABLE, ResultStatus.PASS, ResultStatus.MANUAL, ResultStatus.FAIL);
	}

	@Test
	void suppressedFindingsThatKeptTheirCodeAreNotApplicable() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.PROWLER_OCSF,
				"[" + finding("a", "\"status_code\": \"FAIL\", \"status\": \"Suppressed\", \"status_id\": 3") + ","
						+ finding("b", "\"status_code\": \"PASS\", \"status\": \"suppressed\"") + ","
						+ finding("c", "\"status_code\": \"FAIL\", \"status_id\": 3") + "]");

		assertThat(scan.findings()).extracting(Finding::status).containsOnly(ResultStatus.NOT_APPLICABLE);
	}

	@Test
	void aResourceWithoutIdOrNameFallsBackToTheAccount() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.PROWLER_OCSF, "[" + finding("a",
				"\"resources\": [{\"uid\": \"\", \"name\": \" \", \"type\": \"Other\"}], "
						+ "\"cloud\": {\"account\": {\"uid\": \"123456789012\"}}") + "]");

		assertThat(scan.findings()).singleElement().extracting(Finding::resource).isEqualTo("123456789012");
	}

	@Test
	void withoutResourcesTheAccountIsTheResourceAndWithoutCloudThereIsNoTenant() {
		String m365 = finding("entra_admin_users_cloud_only", "\"cloud\": {\"provider\": \"m365\", \"account\": "
				+ "{\"uid\": \"contoso.onmicrosoft.com\", \"type\": \"Other\", \"type_id\": 99}, \"org\": {\"uid\": "
				+ "\"00000000-0000-0000-0000-000000000003\"}, \"region\": \"global\"}");
		String kubernetes = finding("apiserver_anonymous_requests",
				"\"resources\": [{\"name\": \"kube-apiserver\", \"namespace\": \"kube-system\"}]");

		assertThat(ImportersTest.read(ImportFormat.PROWLER_OCSF, "[" + m365 + "]")).satisfies((scan) -> {
			assertThat(scan.tenant()).isEqualTo("contoso.onmicrosoft.com");
			assertThat(scan.findings().get(0).resource()).isEqualTo("contoso.onmicrosoft.com");
		});
		assertThat(ImportersTest.read(ImportFormat.PROWLER_OCSF, "[" + kubernetes + "]")).satisfies((scan) -> {
			assertThat(scan.tenant()).isNull();
			assertThat(scan.findings().get(0).resource()).isEqualTo("kube-apiserver");
		});
	}

	@Test
	void scanTimeIsTheLatestFindingTimeFromTimeDtOrEpochSecondsOrMilliseconds() {
		ScanSubmission seconds = ImportersTest.read(ImportFormat.PROWLER_OCSF,
				"[" + finding("a", "\"time\": 1739543300") + "," + finding("b", "\"time_dt\": \"2025-02-14T14:27:30.710664\"")
						+ "]");
		ScanSubmission millis = ImportersTest.read(ImportFormat.PROWLER_OCSF,
				"[" + finding("a", "\"time\": 1739543260000") + "]");

		assertThat(seconds.scannedAt()).isEqualTo(Instant.ofEpochSecond(1739543300));
		assertThat(millis.scannedAt()).isEqualTo(Instant.ofEpochSecond(1739543260));
	}

	@Test
	void implausibleTimesAreIgnored() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.PROWLER_OCSF,
				"[" + finding("a", "\"time_dt\": \"+999999999-12-31T23:59:59\", \"time\": -62135596800") + "]");

		assertThat(scan.scannedAt()).isNull();
	}

	@Test
	void newerOutputsAreReadAndTheAnalyticNamesTheCheckWithoutAnEventCode() {
		String newer = """
				{"class_uid": 2004, "class_name": "Detection Finding", "status_code": "FAIL", "severity": "High",
				 "metadata": {"product": {"name": "Prowler", "version": "5.12.0"}, "tenant_uid": "t-1"},
				 "finding_info": {"uid": "<finding_uid>", "title": "Admins are cloud-only", "name": "Admins",
				  "analytic": {"uid": "entra_admin_users_cloud_only", "name": "entra_admin_users_cloud_only", "type": "Rule"},
				  "attacks": [{"technique": {"uid": "T1078"}}]},
				 "unmapped": {"scan_id": "s-1", "provider_uid": "p-1", "provider": "m365",
				  "compliance": {"CIS-6.0": ["1.1.1"]}}}
				""";

		ScanSubmission scan = ImportersTest.read(ImportFormat.PROWLER_OCSF, "[" + newer + "]");

		assertThat(scan.findings()).singleElement()
			.extracting(Finding::controlId, Finding::title, Finding::status)
			.containsExactly("entra_admin_users_cloud_only", "Admins are cloud-only", ResultStatus.FAIL);
		assertThat(scan.tenant()).isEqualTo("t-1");
	}

	@Test
	void findingsOneAfterAnotherAreReadLikeAnArray() {
		ScanSubmission scan = ImportersTest.read(ImportFormat.PROWLER_OCSF,
				finding("a", "\"status_code\": \"PASS\"") + "\n" + finding("b", "\"status_code\": \"FAIL\"") + "\n");

		assertThat(scan.findings()).extracting(Finding::controlId).containsExactly("a", "b");
	}

	@Test
	void unknownStatusCodeIsNamed() {
		assertThatThrownBy(() -> ImportersTest.read(ImportFormat.PROWLER_OCSF,
				"[" + finding("a", "\"status_code\": \"MAYBE\"") + "]"))
			.hasFieldOrPropertyWithValue("code", "unknown_status")
			.hasMessageContaining("finding 0")
			.hasMessageContaining("MAYBE");
	}

	@Test
	void somethingElseThanFindingsIsMismatched() {
		// Prowler's compliance output (class 2003) names a check too, once for each requirement it maps to.
		String compliance = "[{\"class_uid\": 2003, \"class_name\": \"Compliance Finding\", \"status_code\": \"FAIL\", "
				+ "\"metadata\": {\"event_code\": \"iam_root_mfa_enabled\", \"product\": {\"name\": \"Prowler\"}}, "
				+ "\"finding_info\": {\"title\": \"1.1.1\"}}]";
		for (String file : new String[] { "[{\"class_uid\": 2001}]", "[1, 2]", "{\"results\": []}", compliance,
				finding("a", "") + " [] " }) {
			assertThatThrownBy(() -> ImportersTest.read(ImportFormat.PROWLER_OCSF, file)).as(file)
				.hasFieldOrPropertyWithValue("code", "format_mismatch");
		}
	}

	/** A minimal Prowler finding for the check, FAIL and Medium unless {@code extra} says otherwise. */
	static String finding(String check, String extra) {
		String fields = "\"metadata\": {\"event_code\": \"" + check + "\", \"product\": {\"name\": \"Prowler\"}}, "
				+ "\"class_uid\": 2004, \"finding_info\": {\"title\": \"Check " + check + "\", \"uid\": \"<finding_uid>\"}";
		if (!extra.contains("\"status_code\"")) {
			fields += ", \"status_code\": \"FAIL\"";
		}
		if (!extra.contains("\"severity")) {
			fields += ", \"severity\": \"Medium\", \"severity_id\": 3";
		}
		return "{" + fields + (extra.isEmpty() ? "" : ", " + extra) + "}";
	}

}
