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
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
		assertThatThrownBy(() -> read(ImportFormat.NATIVE,
				"{\"results\": [{\"controlId\": \"X\", \"title\": \"T\", \"severity\": \"LOW\", \"status\": \"MAYBE\"}]}"))
			.hasFieldOrPropertyWithValue("code", "unknown_status")
			.hasMessageContaining("MAYBE");
		assertThatThrownBy(() -> read(ImportFormat.MAESTER,
				"{\"Tests\": [{\"Id\": \"MT.1\", \"Title\": \"T\", \"Result\": \"Sideways\"}]}"))
			.hasFieldOrPropertyWithValue("code", "unknown_status")
			.hasMessageContaining("Sideways");
	}

	@Test
	void emptyBodyAndTrailingGarbageAreMalformed() {
		assertThatThrownBy(() -> read(ImportFormat.NATIVE, "")).hasFieldOrPropertyWithValue("code", "malformed_file");
		assertThatThrownBy(() -> read(ImportFormat.PROWLER_OCSF, "[] []"))
			.hasFieldOrPropertyWithValue("code", "malformed_file");
	}

}
