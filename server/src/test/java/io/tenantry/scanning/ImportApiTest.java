package io.tenantry.scanning;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

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

	static Stream<String> samples() {
		return Samples.all();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everySampleImportsAsItsFormatOrIsRejectedWithNothingStored(String sample) {
		ImportFormat format = Samples.formatOf(sample);

		Response response = upload((format != null) ? format : Samples.folderFormat(sample), Samples.bytes(sample));

		if (format != null) {
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			assertThat(response.json().get("format").asString()).isEqualTo(format.value());
			assertThat(this.admin.get(scans()).json()).hasSize(1);
			assertThat(this.admin.get("/api/v1/orgs/" + this.orgId + "/controls").json()).isNotEmpty();
		}
		else {
			assertThat(response.status()).as(response.toString()).isIn(400, 422);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(this.admin.get(scans()).json()).isEmpty();
		}
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
	void truncatedFileIsBadRequestAndStoresNothing() {
		byte[] whole = Samples.bytes("scubagear/ScubaResults_fa5589b7-d528-4f80.json");

		Response response = upload(ImportFormat.SCUBAGEAR, Arrays.copyOf(whole, whole.length - 100));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("malformed_file");
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
