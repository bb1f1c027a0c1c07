package io.tenantry.platform.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ScreenshotAnimations;
import io.tenantry.identity.Users;
import io.tenantry.scanning.Samples;
import io.tenantry.test.Api;
import io.tenantry.test.BrowserTest;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Captures the main pages for the README into the folder named by the system property
 * {@code tenantry.screenshots} (see the README's "Screenshots" section), from an MSP with three
 * clients whose scans are the sample scanner files. Off in normal runs.
 */
@EnabledIfSystemProperty(named = "tenantry.screenshots", matches = ".+")
class ScreenshotsTest extends BrowserTest {

	private static final String BRAND_COLOUR = "#0f766e";

	@Autowired
	private Users users;

	private Api admin;

	@Test
	void capturesTheMainPages() throws IOException {
		Files.createDirectories(dir());
		this.page.setViewportSize(1440, 900);
		this.admin = this.fixtures.admin();
		UUID msp = org("Contoso Managed Services", true);
		UUID fabrikam = client(msp, "Fabrikam Dental", "T2", "scubagear", "scubagear/TestResults.json",
				"scubagear/ScubaResults_fa5589b7-d528-4f80.json");
		UUID northwind = client(msp, "Northwind Logistics", "T1", "prowler-ocsf", "prowler/example_output_azure.ocsf.json");
		UUID tailspin = client(msp, "Tailspin Toys", "T3", "maester", "maester/test-results.json");
		licence(msp, fabrikam, 10);
		licence(msp, northwind, 2);
		licence(msp, tailspin, 25);
		TestUser dana = person(msp, "Dana Reyes", "ORG_ADMIN");
		person(fabrikam, "Farid Haddad", "CLIENT_ADMIN");
		person(northwind, "Nia Walker", "CLIENT_VIEWER");
		person(northwind, "Noah Kim", "CLIENT_VIEWER");
		person(northwind, "Nora Li", "CLIENT_ADMIN");
		TestUser portalAdmin = person(fabrikam, "Fiona Brandt", "CLIENT_ADMIN");
		String failing = workOnAFailingControl(fabrikam);
		requestChanges(fabrikam, portalAdmin);
		this.admin.put("/api/v1/orgs/" + tailspin + "/scan-settings", Map.of("webhookUrl",
				"https://93.184.215.14/webhooks/tailspin-scan", "webhookSecret", "runbook-secret", "schedule", "WEEKLY"));
		String portalHost = "fabrikam.localhost";
		this.admin.put("/api/v1/orgs/" + fabrikam + "/branding",
				Map.of("productName", "Fabrikam Secure", "primaryColor", BRAND_COLOUR, "portalHost", portalHost));
		this.admin.send("PUT", "/api/v1/orgs/" + fabrikam + "/branding/logo", BodyPublishers.ofByteArray(logo()),
				"image/png");

		capture("/login", "login");
		loginAs(dana.email(), Fixtures.PASSWORD);
		switchTo(msp);
		capture("/msp/dashboard?msp=" + msp, "client-dashboard");
		capture("/msp/clients", "clients");
		capture("/msp/licensing", "licensing");
		capture("/audit", "audit-log");
		capture("/msp/change-requests", "change-requests");
		switchTo(fabrikam);
		this.page.navigate("/");
		settleChart();
		shoot("dashboard");
		capture("/orgs/" + fabrikam + "/controls", "controls");
		capture("/orgs/" + fabrikam + "/controls/" + failing, "control");
		capture("/orgs/" + fabrikam + "/scans", "scans");
		switchTo(tailspin);
		capture("/orgs/" + tailspin + "/settings/scanning", "cloud-scanning");
		logout();

		loginAs(ADMIN_EMAIL, ADMIN_PASSWORD);
		capture("/msp/organizations/" + fabrikam, "organizations");
		logout();

		String portal = baseUrl().replace("//localhost", "//" + portalHost);
		this.page.navigate(portal + "/login");
		this.page.fill("input[name=email]", portalAdmin.email());
		this.page.fill("input[name=password]", Fixtures.PASSWORD);
		this.page.locator("form button[type=submit]").first().click();
		this.page.waitForURL("**/portal**");
		assertThat(this.page.locator("#portal-product")).hasText("Fabrikam Secure");
		capture(portal + "/portal", "portal");
		capture(portal + "/portal/scorecard", "portal-scorecard");
		capture(portal + "/portal/reports", "portal-reports");
		renderFirstPage(this.admin.download("/api/v1/orgs/" + fabrikam + "/reports/monthly").body(), "monthly-report");
	}

	/** Comments on and plans the fix of the client's first failing control; its id. */
	private String workOnAFailingControl(UUID org) {
		String controlId = this.admin.get("/api/v1/orgs/" + org + "/controls?status=FAIL")
			.json()
			.valueStream()
			.filter((control) -> control.get("status").asString().equals("FAIL"))
			.findFirst()
			.orElseThrow()
			.get("controlId")
			.asString();
		this.admin.post("/api/v1/orgs/" + org + "/controls/" + controlId + "/comments",
				Map.of("body", "Policy drafted; rolling out in the client's next change window."));
		this.admin.post("/api/v1/orgs/" + org + "/roadmap",
				Map.of("controlId", controlId, "title", "Roll out the policy to every user", "targetDate", "2027-01-15"));
		return controlId;
	}

	/** Change requests a client admin raises for the MSP's queue. */
	private void requestChanges(UUID org, TestUser requester) {
		Api client = this.fixtures.login(requester);
		client.post("/api/v1/orgs/" + org + "/change-requests", Map.of("kind", "add-member", "details",
				Map.of("email", "new.hire@fabrikam.example", "role", "CLIENT_VIEWER")));
		client.post("/api/v1/orgs/" + org + "/change-requests",
				Map.of("kind", "other", "target", "licence", "details", "Raise the limit to 15 seats"));
	}

	/** Saves the first page of a PDF as {@code <name>.png}, as a reader would see it. */
	private static void renderFirstPage(byte[] pdf, String name) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", dir().resolve(name + ".png").toFile());
		}
	}

	private UUID org(String name, boolean msp) {
		Api.Response created = this.admin.post("/api/v1/orgs", Map.of("name", name, "mspPortalEnabled", msp));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	/** A client of the MSP at the tier, with the sample files imported as its scans in this order. */
	private UUID client(UUID msp, String name, String tier, String format, String... samples) {
		UUID client = org(name, false);
		assertThat(this.admin.post("/api/v1/msp/" + msp + "/clients", Map.of("clientOrgId", client.toString(), "tier", tier))
			.status()).isEqualTo(201);
		for (String sample : samples) {
			Api.Response imported = this.admin.send("POST", "/api/v1/orgs/" + client + "/scans/import?format=" + format,
					BodyPublishers.ofByteArray(Samples.bytes(sample)), "application/json");
			assertThat(imported.status()).as("%s: %s", sample, imported).isEqualTo(201);
		}
		return client;
	}

	private void licence(UUID msp, UUID client, int seats) {
		assertThat(this.admin.put("/api/v1/msp/" + msp + "/licensing/" + client,
				Map.of("licenseType", "per-user-all-features", "seatLimit", seats)).status()).isEqualTo(200);
	}

	private TestUser person(UUID org, String name, String role) {
		String email = name.toLowerCase().replace(' ', '.') + "@" + UUID.randomUUID().toString().substring(0, 4) + ".example";
		TestUser user = new TestUser(this.users.create(email, name, Fixtures.PASSWORD, false).id(), email);
		this.fixtures.addMember(org, user, role);
		return user;
	}

	/** Picks the org in the header's switcher, which submits itself, and waits for the page after it. */
	private void switchTo(UUID orgId) {
		this.page.waitForNavigation(() -> this.page.locator("#org-switcher").selectOption(orgId.toString()));
	}

	/** Waits for the dashboard's score chart and draws it in its final state, without animation. */
	private void settleChart() {
		this.page.waitForFunction("() => { const canvas = document.getElementById('score-trend');"
				+ " return canvas && typeof Chart !== 'undefined' && Chart.getChart(canvas); }");
		this.page.evaluate("() => { const chart = Chart.getChart(document.getElementById('score-trend'));"
				+ " chart.options.animation = false; chart.update('none'); }");
	}

	/** Opens the page, which must answer 200, and saves it as {@code <name>.png}. */
	private void capture(String path, String name) {
		Response response = this.page.navigate(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		this.page.waitForLoadState();
		shoot(name);
	}

	private void shoot(String name) {
		// Finished transitions: the sidebar fades its active entry in.
		this.page.screenshot(new Page.ScreenshotOptions().setAnimations(ScreenshotAnimations.DISABLED)
			.setPath(dir().resolve(name + ".png")));
	}

	private static Path dir() {
		return Path.of(System.getProperty("tenantry.screenshots"));
	}

	/** A plain mark in the brand colour: a rounded square with a shield-like bar, drawn without fonts. */
	private static byte[] logo() {
		BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.decode(BRAND_COLOUR));
		g.fillRoundRect(0, 0, 64, 64, 16, 16);
		g.setColor(Color.WHITE);
		g.fillRoundRect(18, 14, 28, 36, 10, 10);
		g.setColor(Color.decode(BRAND_COLOUR));
		g.fillRect(29, 20, 6, 24);
		g.dispose();
		try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
