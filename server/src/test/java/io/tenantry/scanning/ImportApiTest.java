package io.tenantry.scanning;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.tenantry.compliance.Finding;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ImportApiTest extends IntegrationTest {

	private Api admin;

	private String orgId;

	@BeforeEach
	void createOrg() {
		this.admin = this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.orgId = this.admin.post("/api/v1/orgs", Map.of("name", "Import " + UUID.randomUUID()))
			.json()
			.get("id")
			.asString();
	}

	static Stream<String> scanSamples() {
		return Samples.all().filter((sample) -> Samples.formatOf(sample) != null);
	}

	static Stream<String> otherSamples() {
		return Samples.all().filter((sample) -> Samples.formatOf(sample) == null);
	}

	/**
	 * A scanner's file imports with the counts its parsed findings roll up to; the same file under
	 * every other format, and a truncated copy, are refused without storing a second scan.
	 */
	@ParameterizedTest
	@MethodSource("scanSamples")
	void everyScanSampleImportsOnlyAsItsFormatAndOnlyWhole(String sample) {
		ImportFormat format = Samples.formatOf(sample);
		byte[] bytes = Samples.bytes(sample);

		Response response = upload(format, bytes);

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode scan = response.json();
		assertThat(scan.get("format").asString()).isEqualTo(format.value());
		Map<String, ResultStatus> expected = ResultStatus.byControl(ImportersTest.read(format, bytes).findings());
		int passed = scan.get("passed").asInt();
		int failed = scan.get("failed").asInt();
		assertThat(passed).isEqualTo(Collections.frequency(expected.values(), ResultStatus.PASS));
		assertThat(failed).isEqualTo(Collections.frequency(expected.values(), ResultStatus.FAIL));
		assertThat(passed + failed).isPositive().isLessThanOrEqualTo(expected.size());
		assertThat(scan.get("complianceScore").asDouble())
			.isCloseTo(100.0 * passed / (passed + failed), within(0.05));
		for (ImportFormat other : ImportFormat.values()) {
			if (other != format) {
				Response mismatch = upload(other, bytes);
				assertThat(mismatch.status()).as(sample + " as " + other + ": " + mismatch).isEqualTo(422);
				assertThat(mismatch.json().get("code").asString()).isEqualTo("format_mismatch");
			}
		}
		Response truncated = upload(format, Arrays.copyOf(bytes, bytes.length / 2));
		assertThat(truncated.status()).as(truncated.toString()).isEqualTo(400);
		assertThat(truncated.json().get("code").asString()).isEqualTo("malformed_file");
		assertThat(this.admin.get(scans()).json()).hasSize(1);
		assertThat(this.admin.get("/api/v1/orgs/" + this.orgId + "/controls").json()).hasSize(expected.size());
	}

	@ParameterizedTest
	@MethodSource("otherSamples")
	void filesThatAreNoScanAreRefusedWithNothingStored(String sample) {
		Response response = upload(Samples.folderFormat(sample), Samples.bytes(sample));

		assertThat(response.status()).as(response.toString()).isIn(400, 422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(this.admin.get(scans()).json()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(ImportFormat.class)
	void textTheDatabaseRefusesOrCannotHoldIsCleanedAndCut(ImportFormat format) {
		String id = "Odd / ü #" + UUID.randomUUID();
		String text = "\"" + "\\u0000x".repeat(10_000) + "\\ud800\"";

		Response response = upload(format, ImportersTest.oneFinding(format, "\"" + id + "\"", text, text).getBytes(UTF_8));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode result = this.admin.get(scans() + "/" + response.json().get("id").asString()).json().get("results").get(0);
		assertThat(result.get("controlId").asString()).isEqualTo(id);
		assertThat(result.get("message").asString()).hasSize(Finding.MAX_MESSAGE).doesNotContain("\u0000");
		assertThat(result.get("title").asString()).hasSize(Finding.MAX_TITLE);
	}

	@ParameterizedTest
	@EnumSource(ImportFormat.class)
	void controlIdLongerThanTheStoreTakesIsRefusedWithNothingStored(ImportFormat format) {
		String id = "\"" + "A".repeat(Finding.MAX_ID + 1) + "\"";

		Response response = upload(format, ImportersTest.oneFinding(format, id, "\"m\"", "\"t\"").getBytes(UTF_8));

		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("invalid_finding");
		assertThat(this.admin.get(scans()).json()).isEmpty();
	}

	@Test
	void fileOfAnotherFormatIsUnprocessableAndNamesTheFormat() {
		Response response = upload(ImportFormat.MAESTER, Samples.bytes("prowler/example_output_aws.ocsf.json"));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("format_mismatch");
		assertThat(response.json().get("detail").asString()).contains("maester");
		assertThat(this.admin.get(scans()).json()).isEmpty();
	}

	@Test
	void invalidFindingLateInTheFileStoresNothing() {
		String body = "{\"results\": [{\"controlId\": \"Z." + UUID.randomUUID()
				+ "\", \"title\": \"T\", \"severity\": \"LOW\", \"status\": \"PASS\"},"
				+ "{\"controlId\": \"Z2\", \"title\": \"T\", \"severity\": \"LOW\", \"status\": \"PERHAPS\"}]}";

		Response response = upload(ImportFormat.NATIVE, body.getBytes());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("unknown_status");
		assertThat(response.json().get("detail").asString()).contains("results[1]", "PERHAPS");
		assertThat(this.admin.get(scans()).json()).isEmpty();
	}

	@Test
	void unknownOrMissingFormatIsRejected() {
		assertThat(upload("csv", "{}".getBytes()).status()).isEqualTo(400);
		assertThat(this.admin.send("POST", scans() + "/import", BodyPublishers.ofString("{}"), "application/json")
			.status()).isEqualTo(400);
	}

	@Test
	void importIntoUnknownOrgIsNotFound() {
		Response response = this.admin.send("POST", "/api/v1/orgs/" + UUID.randomUUID() + "/scans/import?format=native",
				BodyPublishers.ofString("{}"), "application/json");

		assertThat(response.status()).isEqualTo(404);
	}

	private Response upload(ImportFormat format, byte[] body) {
		return upload(format.value(), body);
	}

	private Response upload(String format, byte[] body) {
		return this.admin.send("POST", scans() + "/import?format=" + format, BodyPublishers.ofByteArray(body),
				"application/json");
	}

	private String scans() {
		return "/api/v1/orgs/" + this.orgId + "/scans";
	}

}
