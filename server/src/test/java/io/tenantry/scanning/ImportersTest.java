package io.tenantry.scanning;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.tenantry.compliance.Finding;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.compliance.ScanSubmission;
import io.tenantry.compliance.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ImportersTest {

	static final Map<ImportFormat, ScanImporter> IMPORTERS = Stream
		.of(new NativeImporter(), new ScubaGearImporter(), new ProwlerOcsfImporter(), new MaesterImporter())
		.collect(Collectors.toMap(ScanImporter::format, (importer) -> importer));

	static ScanSubmission read(ImportFormat format, byte[] bytes) {
		return IMPORTERS.get(format).read(new ByteArrayInputStream(bytes));
	}

	static ScanSubmission read(ImportFormat format, String text) {
		return read(format, text.getBytes(StandardCharsets.UTF_8));
	}

	static Stream<String> samples() {
		return Samples.all();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everySampleIsImportedByItsFormatAndRejectedByTheOthers(String sample) {
		ImportFormat own = Samples.formatOf(sample);
		for (ImportFormat format : ImportFormat.values()) {
			if (format == own) {
				assertThat(read(format, Samples.bytes(sample)).findings()).as(sample).isNotEmpty();
			}
			else {
				assertThatThrownBy(() -> read(format, Samples.bytes(sample))).as(sample + " as " + format)
					.isInstanceOf(ImportRejected.class);
			}
		}
	}

	@Test
	void scubaGearReportMapsPoliciesWithTheTenantAsResource() {
		ScanSubmission scan = read(ImportFormat.SCUBAGEAR,
				Samples.bytes("scubagear/ScubaResults_fa5589b7-d528-4f80.json"));

		assertThat(scan.findings()).hasSize(92);
		assertThat(scan.scannedAt()).isEqualTo(Instant.parse("2026-05-04T17:15:48.307Z"));
		Finding first = scan.findings().stream().filter((f) -> f.controlId().equals("MS.AAD.1.1v1")).findFirst().get();
		assertThat(first.title()).isEqualTo("Legacy authentication SHALL be blocked.");
		assertThat(first.severity()).isEqualTo(Severity.HIGH);
		assertThat(first.resource()).isEqualTo(scan.tenant()).isNotNull();
		assertThat(first.message()).doesNotContain("<");
	}

	@Test
	void scubaGearRegoResultsDeriveTheResultLikeScubaGear() {
		ScanSubmission scan = read(ImportFormat.SCUBAGEAR, Samples.bytes("scubagear/TestResults.json"));

		assertThat(scan.findings()).hasSize(93);
		assertThat(scan.findings()).extracting(Finding::status).contains(ResultStatus.PASS, ResultStatus.FAIL,
				ResultStatus.MANUAL);
	}

	@Test
	void prowlerFindingsAreOnePerCheckAndResource() {
		ScanSubmission scan = read(ImportFormat.PROWLER_OCSF, Samples.bytes("prowler/example_output_azure.ocsf.json"));

		assertThat(scan.findings()).allSatisfy((finding) -> {
			assertThat(finding.framework().id()).isEqualTo("prowler");
			assertThat(finding.controlId()).matches("[a-z0-9_]+");
		});
		assertThat(scan.scannedAt()).isEqualTo(Instant.parse("2025-02-14T14:27:30.710664Z"));
	}

	@Test
	void maesterCountsTheTestsNotTheHeaderCounters() {
		ScanSubmission scan = read(ImportFormat.MAESTER, Samples.bytes("maester/test-results.json"));

		assertThat(scan.findings()).hasSize(283);
		assertThat(scan.findings().stream().filter((f) -> f.status() == ResultStatus.FAIL)).hasSize(138);
		assertThat(scan.scannedAt()).isEqualTo(Instant.parse("2025-04-29T22:29:07.071475Z"));
	}

	@Test
	void maesterWithBomAndCrlfAndPlaceholderTenantIsRead() {
		ScanSubmission scan = read(ImportFormat.MAESTER, Samples.bytes("maester/AD-TestResults-2026-04-26-125144.json"));

		assertThat(scan.findings()).hasSize(180);
		assertThat(scan.findings().stream().filter((f) -> f.status() == ResultStatus.FAIL)).hasSize(1);
		assertThat(scan.tenant()).isNull();
	}

	@Test
	void nativeWithBomAndCrlfIsRead() {
		String file = "\uFEFF{\r\n\"scannedAt\": \"2026-01-02T03:04:05Z\",\r\n\"results\": [\r\n"
				+ "{\"controlId\": \"X.1\", \"title\": \"One\", \"severity\": \"HIGH\", \"status\": \"FAIL\"}\r\n]}\r\n";

		ScanSubmission scan = read(ImportFormat.NATIVE, file);

		assertThat(scan.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.status()).isEqualTo(ResultStatus.FAIL);
			assertThat(finding.severity()).isEqualTo(Severity.HIGH);
		});
		assertThat(scan.scannedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
	}

	@Test
	void truncatedJsonIsMalformed() {
		byte[] whole = Samples.bytes("maester/test-results.json");
		byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);

		assertThatThrownBy(() -> read(ImportFormat.MAESTER, half)).isInstanceOf(ImportRejected.class)
			.hasFieldOrPropertyWithValue("code", "malformed_file");
	}

	@Test
	void emptyResultsAreRejected() {
		assertThatThrownBy(() -> read(ImportFormat.NATIVE, "{\"results\": []}"))
			.hasFieldOrPropertyWithValue("code", "no_results");
		assertThatThrownBy(() -> read(ImportFormat.PROWLER_OCSF, "[]")).hasFieldOrPropertyWithValue("code", "no_results");
		assertThatThrownBy(() -> read(ImportFormat.MAESTER, "{\"Tests\": [], \"Blocks\": []}"))
			.hasFieldOrPropertyWithValue("code", "no_results");
	}

	@Test
	void unknownStatusNamesTheValue() {
		assertThatThrownBy(() -> read(ImportFormat.NATIVE, nativeResult("T", "LOW", "MAYBE")))
			.hasFieldOrPropertyWithValue("code", "unknown_status")
			.hasMessageContaining("MAYBE");
		assertThatThrownBy(() -> read(ImportFormat.MAESTER,
				"{\"Tests\": [{\"Id\": \"MT.1\", \"Title\": \"T\", \"Result\": \"Sideways\"}]}"))
			.hasFieldOrPropertyWithValue("code", "unknown_status")
			.hasMessageContaining("Sideways");
	}

	@Test
	void nativeOptionalFieldsMayBeMissingAndItsEnumsAreReadInAnyCase() {
		ScanSubmission scan = read(ImportFormat.NATIVE, """
				{"scannedAt": null, "results": [{"controlId": "X.1", "title": "One", "severity": "high", "status": "not_applicable"},
				 {"controlId": "X.2", "title": "Two", "severity": "Info", "status": "Pass", "resource": null, "message": {}}]}
				""");

		assertThat(scan.findings()).extracting(Finding::severity, Finding::status, Finding::resource, Finding::message)
			.containsExactly(tuple(Severity.HIGH, ResultStatus.NOT_APPLICABLE, null, null),
					tuple(Severity.INFO, ResultStatus.PASS, null, null));
		assertThat(scan.scannedAt()).isNull();
	}

	@Test
	void nativeRefusesAnUnknownSeverityAMissingTitleAndAnUnreadableTime() {
		assertThatThrownBy(() -> read(ImportFormat.NATIVE, nativeResult("T", "SEVERE", "PASS")))
			.hasFieldOrPropertyWithValue("code", "invalid_finding")
			.hasMessageContaining("SEVERE");
		assertThatThrownBy(() -> read(ImportFormat.NATIVE, nativeResult("\\u0000", "LOW", "PASS")))
			.hasFieldOrPropertyWithValue("code", "invalid_finding")
			.hasMessageContaining("title");
		for (String time : new String[] { "yesterday", "+99999-01-01T00:00:00Z", "1969-12-31T23:59:59Z" }) {
			assertThatThrownBy(() -> read(ImportFormat.NATIVE, "{\"scannedAt\": \"" + time + "\", \"results\": []}"))
				.as(time)
				.hasFieldOrPropertyWithValue("code", "invalid_finding")
				.hasMessageContaining("scannedAt");
		}
	}

	@ParameterizedTest
	@EnumSource(ImportFormat.class)
	void jsonOfNoScannerShapeIsAMismatchOrHasNoResults(ImportFormat format) {
		for (String file : new String[] { "null", "42", "\"text\"", "true", "{}", "[]", "[null]", "{\"Tests\": 1}" }) {
			assertThatThrownBy(() -> read(format, file)).as(file)
				.isInstanceOf(ImportRejected.class)
				.extracting("code")
				.isIn("format_mismatch", "no_results");
		}
	}

	@ParameterizedTest
	@EnumSource(ImportFormat.class)
	void deeplyNestedJunkIsMalformed(ImportFormat format) {
		String junk = "{\"junk\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

		assertThatThrownBy(() -> read(format, junk)).hasFieldOrPropertyWithValue("code", "malformed_file");
	}

	@ParameterizedTest
	@EnumSource(ImportFormat.class)
	void overLongTextIsCutToTheColumnsWithoutCharactersTheStoreRefuses(ImportFormat format) {
		String text = "\"" + "\\u0000x".repeat(10_000) + "\\ud800\"";
		String emoji = "\"" + "\\ud83d\\ude00".repeat(3_000) + "\"";

		ScanSubmission scan = read(format, oneFinding(format, "\"X.1\"", text, emoji));

		Finding finding = scan.findings().get(0);
		assertThat(finding.message()).hasSize(Finding.MAX_MESSAGE).startsWith("xxx").endsWith("…").doesNotContain("\u0000");
		assertThat(finding.title()).hasSizeLessThanOrEqualTo(Finding.MAX_TITLE).endsWith("…");
		assertThat(finding.title().codePoints()).noneMatch((point) -> point >= 0xD800 && point <= 0xDFFF);
		assertThat(finding.title().codePoints()).contains(0x1F600);
		if (scan.tenant() != null) {
			assertThat(scan.tenant()).hasSize(ScanSubmission.MAX_TENANT);
		}
		assertThat(finding.resource()).satisfiesAnyOf((resource) -> assertThat(resource).isNull(),
				(resource) -> assertThat(resource).hasSizeLessThanOrEqualTo(Finding.MAX_RESOURCE));
	}

	@ParameterizedTest
	@EnumSource(ImportFormat.class)
	void controlIdsTooLongForTheStoreOrWithControlCharactersAreInvalidFindings(ImportFormat format) {
		assertThatThrownBy(() -> read(format, oneFinding(format, "\"" + "A".repeat(Finding.MAX_ID + 1) + "\"", "\"t\"",
				"\"t\""))).hasFieldOrPropertyWithValue("code", "invalid_finding")
			.hasMessageContaining(String.valueOf(Finding.MAX_ID));
		assertThatThrownBy(() -> read(format, oneFinding(format, "\"A\\u0000B\"", "\"t\"", "\"t\"")))
			.hasFieldOrPropertyWithValue("code", "invalid_finding")
			.hasMessageContaining("control characters");
	}

	@ParameterizedTest
	@EnumSource(ImportFormat.class)
	void controlIdsWithOddPrintableCharactersAreKeptAsTheyAre(ImportFormat format) {
		String id = "Odd id / ü · #1? <x> \uD83D\uDE00";

		ScanSubmission scan = read(format, oneFinding(format, "\"" + id + "\"", "\"t\"", "\"t\""));

		assertThat(scan.findings()).singleElement().extracting(Finding::controlId).isEqualTo(id);
	}

	private static String nativeResult(String title, String severity, String status) {
		return "{\"results\": [{\"controlId\": \"X\", \"title\": \"" + title + "\", \"severity\": \"" + severity
				+ "\", \"status\": \"" + status + "\"}]}";
	}

	/**
	 * A file of the format with one failed finding: {@code text} (a JSON literal) as its message, and
	 * as its tenant or resource where the format has one; {@code title} as its title.
	 */
	static String oneFinding(ImportFormat format, String id, String text, String title) {
		return switch (format) {
			case NATIVE -> "{\"results\": [{\"controlId\": " + id + ", \"title\": " + title
					+ ", \"severity\": \"LOW\", \"status\": \"FAIL\", \"resource\": " + text + ", \"message\": " + text
					+ "}]}";
			case SCUBAGEAR -> "{\"MetaData\": {\"Tool\": \"ScubaGear\", \"DomainName\": " + text
					+ "}, \"Results\": {\"AAD\": [{\"Controls\": [{\"Control ID\": " + id + ", \"Requirement\": " + title
					+ ", \"Result\": \"Fail\", \"Criticality\": \"Shall\", \"Details\": " + text + "}]}]}}";
			case PROWLER_OCSF -> "[{\"class_uid\": 2004, \"metadata\": {\"event_code\": " + id
					+ "}, \"finding_info\": {\"title\": " + title + "}, \"status_code\": \"FAIL\", \"status_detail\": "
					+ text + ", \"cloud\": {\"account\": {\"uid\": " + text + "}}}]";
			case MAESTER -> "{\"TenantName\": " + text + ", \"Tests\": [{\"Id\": " + id + ", \"Title\": " + title
					+ ", \"Result\": \"Failed\", \"ResultDetail\": {\"TestResult\": " + text + "}}]}";
		};
	}

	@Test
	void emptyBodyAndTrailingGarbageAreMalformed() {
		assertThatThrownBy(() -> read(ImportFormat.NATIVE, "")).hasFieldOrPropertyWithValue("code", "malformed_file");
		assertThatThrownBy(() -> read(ImportFormat.PROWLER_OCSF, "[] []"))
			.hasFieldOrPropertyWithValue("code", "malformed_file");
	}

}
