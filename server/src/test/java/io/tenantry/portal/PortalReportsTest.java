package io.tenantry.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.tenantry.portal.PageSession.Download;
import io.tenantry.portal.PageSession.Page;
import io.tenantry.test.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's Reports page: monthly PDFs and the evidence the MSP shared, downloaded in the portal. */
class PortalReportsTest extends PortalTest {

	private UUID scan;

	private YearMonth month;

	private String shared;

	private String unshared;

	@BeforeEach
	void shareEvidence() {
		String control = "PR." + UUID.randomUUID().toString().substring(0, 8);
		this.scan = this.fixtures.importScan(this.client, "native", "{\"results\":[{\"controlId\":\"" + control
				+ "\",\"title\":\"Portal report\",\"severity\":\"HIGH\",\"status\":\"FAIL\"}]}");
		Instant completed = Instant.parse(expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/scans/" + this.scan))
			.json().get("completedAt").asString());
		this.month = YearMonth.from(completed.atOffset(ZoneOffset.UTC));
		this.shared = bundle("Shared with you", true);
		this.unshared = bundle("Kept by the MSP", false);
	}

	@Test
	void portalUsersListTheLastTwelveMonthsAndTheSharedBundles() {
		Page reports = signedIn(this.clientAdmin).get("/portal/reports");

		assertThat(reports.status()).isEqualTo(200);
		assertThat(reports.body()).contains("id=\"portal-reports\"").contains("href=\"/portal/reports\"")
			.contains("href=\"/portal/reports/monthly/" + this.month + "\"")
			.contains("href=\"/portal/reports/monthly/" + this.month.minusMonths(11) + "\"")
			.doesNotContain("href=\"/portal/reports/monthly/" + this.month.minusMonths(12) + "\"")
			.contains("Shared with you")
			.contains("href=\"/portal/reports/evidence-bundles/" + this.shared + "\"")
			.doesNotContain("Kept by the MSP")
			.doesNotContain(this.unshared)
			.doesNotContain("style=");
	}

	@Test
	void portalUsersDownloadTheMonthlyPdfAndSharedBundlesOnly() {
		PageSession viewer = signedIn(member(this.client, "CLIENT_VIEWER"));

		Download pdf = viewer.download("/portal/reports/monthly/" + this.month);
		Download zip = viewer.download("/portal/reports/evidence-bundles/" + this.shared);

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(Documents.pdfText(pdf.body())).contains(this.month.toString());
		assertThat(zip.status()).isEqualTo(200);
		assertThat(zip.contentType()).isEqualTo("application/zip");
		assertThat(Documents.zipEntries(zip.body())).containsKeys("scan.json", "results.csv");
		assertThat(viewer.download("/portal/reports/evidence-bundles/" + this.unshared).status()).isEqualTo(404);
		assertThat(viewer.download("/portal/reports/evidence-bundles/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(viewer.download("/portal/reports/monthly/9999-01").status()).isEqualTo(422);
	}

	@Test
	void theMonthlyPdfCarriesTheClientsBranding() throws IOException {
		PageSession browser = signedIn(this.clientAdmin);
		Download unbranded = browser.download("/portal/reports/monthly/" + this.month);
		expect(200, this.mspAdmin.api().put("/api/v1/orgs/" + this.client + "/branding",
				Map.of("productName", "Fabrikam Secure", "primaryColor", "#112233")));
		expect(200, this.mspAdmin.api().send("PUT", "/api/v1/orgs/" + this.client + "/branding/logo",
				BodyPublishers.ofByteArray(png()), "image/png"));

		Download pdf = browser.download("/portal/reports/monthly/" + this.month);

		assertThat(Documents.pdfText(pdf.body())).contains("Fabrikam Secure").doesNotContain("Tenantry");
		assertThat(Documents.pdfImages(unbranded.body())).isZero();
		assertThat(Documents.pdfImages(pdf.body())).isOne();
	}

	@Test
	void aHiddenReportsModuleHasNoPageAndNoDownloads() {
		Map<String, Object> modules = new HashMap<>(Map.of("dashboard", true, "scorecard", true, "licences", true,
				"users", true, "security", true, "reports", false));
		expect(200, this.mspAdmin.api().put("/api/v1/orgs/" + this.client + "/portal-settings", Map.of("modules", modules)));
		PageSession browser = signedIn(this.clientAdmin);

		assertThat(browser.get("/portal").body()).doesNotContain("href=\"/portal/reports\"");
		assertThat(browser.get("/portal/reports").status()).isEqualTo(404);
		assertThat(browser.download("/portal/reports/monthly/" + this.month).status()).isEqualTo(404);
		assertThat(browser.download("/portal/reports/evidence-bundles/" + this.shared).status()).isEqualTo(404);
	}

	@Test
	void anotherClientsPortalUsersCannotDownloadThisClientsBundle() {
		UUID other = this.fixtures.org("Other client");
		addClient(this.msp, other, "T3");
		PageSession stranger = signedIn(member(other, "CLIENT_ADMIN"));

		assertThat(stranger.download("/portal/reports/evidence-bundles/" + this.shared).status()).isEqualTo(404);
		assertThat(stranger.get("/portal/reports").body()).doesNotContain("Shared with you");
	}

	@Test
	void pageViewsAndDownloadsAreAuditedInTheClientsChain() {
		PageSession browser = signedIn(this.clientAdmin);
		browser.get("/portal/reports");
		browser.download("/portal/reports/monthly/" + this.month);
		browser.download("/portal/reports/evidence-bundles/" + this.shared);

		JsonNode entries = expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/audit")).json();
		assertThat(entries.valueStream()
			.filter((entry) -> entry.get("actorEmail").asString().equals(this.clientAdmin.email()))
			.map((entry) -> entry.get("action").asString() + " " + entry.get("target").asString()))
			.containsSubsequence("report.downloaded " + this.shared, "report.downloaded " + this.month,
					"portal.page.viewed reports");
	}

	@Test
	void staffDownloadTheMonthlyPdfFromTheScansPage() {
		PageSession staff = signedIn(this.mspAdmin);

		assertThat(staff.get("/orgs/" + this.client + "/scans").body())
			.contains("href=\"/orgs/" + this.client + "/reports/monthly\"");
		Download pdf = staff.download("/orgs/" + this.client + "/reports/monthly");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(signedIn(this.clientAdmin).download("/orgs/" + this.client + "/reports/monthly").status()).isEqualTo(404);
	}

	private String bundle(String title, boolean shared) {
		return expect(201, this.mspAdmin.api().post("/api/v1/orgs/" + this.client + "/evidence-bundles",
				Map.of("scanId", this.scan, "title", title, "shared", shared)))
			.json().get("id").asString();
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
		return png.toByteArray();
	}

}
