package io.tenantry.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Download;
import io.tenantry.test.Api.Response;
import io.tenantry.test.Documents;
import io.tenantry.test.Fixtures.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceBundleApiTest extends ReportsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void anOrgAdminPackagesACompletedScanAndItIsAudited() {
		TestUser orgAdmin = this.fixtures.member(this.orgId, "ORG_ADMIN");
		UUID scan = importScan(List.of(result(unique("EV"), "Evidence", "HIGH", "FAIL")));

		Response created = this.fixtures.login(orgAdmin)
			.post(path("/evidence-bundles"), Map.of("scanId", scan, "title", " Q1 evidence ", "shared", false));

		assertThat(created.status()).isEqualTo(201);
		JsonNode bundle = created.json();
		assertThat(bundle.get("scanId").asString()).isEqualTo(scan.toString());
		assertThat(bundle.get("title").asString()).isEqualTo("Q1 evidence");
		assertThat(bundle.get("shared").asBoolean()).isFalse();
		assertThat(bundle.get("createdBy").asString()).isEqualTo(orgAdmin.id().toString());
		assertThat(bundle.get("createdAt").asString()).isNotBlank();
		assertThat(bundle.has("orgId")).isFalse();
		assertThat(this.admin.get(path("/evidence-bundles")).json().get(0).get("id").asString())
			.isEqualTo(bundle.get("id").asString());
		JsonNode entry = audited("evidence.bundle.created").get(0);
		assertThat(entry.get("target").asString()).isEqualTo(bundle.get("id").asString());
		assertThat(entry.get("actorEmail").asString()).isEqualTo(orgAdmin.email());
	}

	@Test
	void sharingIsAChangeOfItsOwnAndAudited() {
		String id = create(importScan(List.of(result(unique("SH"), "Shared", "HIGH", "FAIL"))), false);

		Response shared = this.admin.patch(path("/evidence-bundles/" + id), Map.of("shared", true));

		assertThat(shared.status()).isEqualTo(200);
		assertThat(shared.json().get("shared").asBoolean()).isTrue();
		assertThat(this.admin.get(path("/evidence-bundles")).json().get(0).get("shared").asBoolean()).isTrue();
		JsonNode entry = audited("evidence.bundle.shared").get(0);
		assertThat(entry.get("target").asString()).isEqualTo(id);
		assertThat(entry.get("details").get("shared").asBoolean()).isTrue();
	}

	@Test
	void theDownloadZipsTheScansResultsAndTheMonthsReport() {
		String control = unique("ZIP");
		UUID scan = importScan(List.of(Map.of("controlId", control, "title", "Zipped control", "severity", "CRITICAL",
				"status", "FAIL", "resource", "tenant.example", "message", "=cmd|' /C calc'!A0")));
		String id = create(scan, true);

		Download zip = this.admin.download(path("/evidence-bundles/" + id + "/download"));

		assertThat(zip.status()).isEqualTo(200);
		assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
		assertThat(zip.header("Content-Disposition")).isEqualTo("attachment; filename=\"evidence-bundle-" + id + ".zip\"");
		Map<String, byte[]> entries = Documents.zipEntries(zip.body());
		String pdfName = "monthly-report-" + monthOf(scan) + ".pdf";
		assertThat(entries).containsOnlyKeys("scan.json", "results.csv", pdfName);
		JsonNode json = JSON.readTree(entries.get("scan.json"));
		assertThat(json.get("id").asString()).isEqualTo(scan.toString());
		assertThat(json.get("results").get(0).get("controlId").asString()).isEqualTo(control);
		assertThat(new String(entries.get("results.csv"), StandardCharsets.UTF_8).split("\r\n")).containsExactly(
				"controlId,title,severity,status,resource,message",
				control + ",Zipped control,CRITICAL,FAIL,tenant.example,'=cmd|' /C calc'!A0");
		assertThat(Documents.pdfText(entries.get(pdfName))).contains(this.orgName).contains(control);
		JsonNode entry = audited("report.downloaded").get(0);
		assertThat(entry.get("target").asString()).isEqualTo(id);
		assertThat(entry.get("details").get("bundleId").asString()).isEqualTo(id);
	}

	@Test
	void portalUsersSeeAndDownloadSharedBundlesOnly() {
		UUID scan = importScan(List.of(result(unique("PU"), "Portal", "HIGH", "FAIL")));
		String shared = create(scan, true);
		String unshared = create(scan, false);
		Api clientAdmin = this.fixtures.login(this.fixtures.member(this.orgId, "CLIENT_ADMIN"));
		Api auditor = this.fixtures.login(this.fixtures.member(this.orgId, "AUDITOR"));

		assertThat(ids(clientAdmin.get(path("/evidence-bundles")).json())).containsExactly(shared);
		assertThat(clientAdmin.download(path("/evidence-bundles/" + shared + "/download")).status()).isEqualTo(200);
		assertThat(clientAdmin.get(path("/evidence-bundles/" + unshared + "/download")).status()).isEqualTo(404);
		assertThat(clientAdmin.patch(path("/evidence-bundles/" + shared), Map.of("shared", false)).status()).isEqualTo(403);
		assertThat(ids(auditor.get(path("/evidence-bundles")).json())).containsExactlyInAnyOrder(shared, unshared);
		assertThat(auditor.download(path("/evidence-bundles/" + unshared + "/download")).status()).isEqualTo(200);
	}

	@Test
	void onlyThoseWhoMayShareEvidenceCreateOrShareBundles() {
		UUID scan = importScan(List.of(result(unique("CAP"), "Capability", "HIGH", "FAIL")));
		String id = create(scan, false);
		Api auditor = this.fixtures.login(this.fixtures.member(this.orgId, "AUDITOR"));
		Api stranger = this.fixtures.login(this.fixtures.member(this.fixtures.org("Stranger"), "ORG_ADMIN"));
		Map<String, Object> body = Map.of("scanId", scan, "title", "Nope", "shared", true);

		assertThat(auditor.post(path("/evidence-bundles"), body).status()).isEqualTo(403);
		assertThat(auditor.patch(path("/evidence-bundles/" + id), Map.of("shared", true)).status()).isEqualTo(403);
		assertThat(stranger.post(path("/evidence-bundles"), body).status()).isEqualTo(404);
		assertThat(stranger.get(path("/evidence-bundles")).status()).isEqualTo(404);
		assertThat(stranger.get(path("/evidence-bundles/" + id + "/download")).status()).isEqualTo(404);
	}

	@Test
	void aBundleNeedsACompletedScanOfTheOrgAndValidFields() {
		UUID foreignScan = this.fixtures.importScan(this.fixtures.org("Foreign"), "native",
				"{\"results\":[{\"controlId\":\"" + unique("FS") + "\",\"title\":\"F\",\"severity\":\"LOW\",\"status\":\"PASS\"}]}");
		assertThat(this.admin.put(path("/scan-settings"), Map.of("webhookUrl", "http://127.0.0.1:1/hook")).status())
			.isEqualTo(200);
		Response failed = this.admin.post(path("/scans"), null);
		assertThat(failed.json().get("status").asString()).isEqualTo("FAILED");

		Response notCompleted = this.admin.post(path("/evidence-bundles"),
				Map.of("scanId", failed.json().get("id").asString(), "title", "Failed scan", "shared", true));
		Response foreign = this.admin.post(path("/evidence-bundles"),
				Map.of("scanId", foreignScan, "title", "Foreign scan", "shared", true));
		Response invalid = this.admin.post(path("/evidence-bundles"), Map.of("scanId", foreignScan, "title", " "));

		assertThat(notCompleted.status()).isEqualTo(422);
		assertThat(notCompleted.json().get("code").asString()).isEqualTo("scan_not_completed");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("code").asString()).isEqualTo("validation_failed");
		assertThat(this.admin.get(path("/evidence-bundles")).json()).isEmpty();
		assertThat(this.admin.patch(path("/evidence-bundles/" + UUID.randomUUID()), Map.of("shared", true)).status())
			.isEqualTo(404);
	}

	private String create(UUID scanId, boolean shared) {
		Response created = this.admin.post(path("/evidence-bundles"),
				Map.of("scanId", scanId, "title", "Evidence " + shared, "shared", shared));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static List<String> ids(JsonNode bundles) {
		return bundles.valueStream().map((bundle) -> bundle.get("id").asString()).toList();
	}

}
