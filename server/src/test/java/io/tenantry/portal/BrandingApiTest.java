package io.tenantry.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class BrandingApiTest extends PortalTest {

	/** A 1×1 PNG. */
	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@Test
	void anMspWithTierT3BrandsItsClient() {
		String host = "portal-" + UUID.randomUUID().toString().substring(0, 8) + ".client.example";
		JsonNode saved = expect(200, this.mspAdmin.api().put(branding(), body("Contoso Cloud", "#1A2B3C", host))).json();

		assertThat(saved.get("productName").asString()).isEqualTo("Contoso Cloud");
		assertThat(saved.get("primaryColor").asString()).isEqualTo("#1a2b3c");
		assertThat(saved.get("portalHost").asString()).isEqualTo(host);
		assertThat(expect(200, this.mspAdmin.api().get(branding())).json().get("productName").asString()).isEqualTo("Contoso Cloud");
	}

	@Test
	void rejectsColoursThatAreNotHex() {
		for (String colour : new String[] { "red", "#12345", "#1234567", "#12345g", "#fff;}body{" }) {
			assertThat(this.mspAdmin.api().put(branding(), body("Contoso", colour, null)).status()).as(colour).isEqualTo(400);
		}
	}

	@Test
	void aHostServesOneOrgOnly() {
		String host = "shared-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		expect(200, this.mspAdmin.api().put(branding(), body("First", "#000000", host)));
		UUID other = this.fixtures.org("Other");

		assertThat(this.admin.put("/api/v1/orgs/" + other + "/branding", body("Second", "#ffffff", host)).status()).isEqualTo(409);
	}

	@Test
	void onlyBrandingManagersSeeOrChangeIt() {
		changeTier("T2");
		assertThat(this.mspAdmin.api().get(branding()).status()).isEqualTo(403);
		assertThat(this.mspAdmin.api().put(branding(), body("X", "#000000", null)).status()).isEqualTo(403);
		assertThat(this.clientAdmin.api().put(branding(), body("X", "#000000", null)).status()).isEqualTo(403);
		Person stranger = member(this.fixtures.org("Stranger"), "ORG_ADMIN");
		assertThat(stranger.api().get(branding()).status()).isEqualTo(404);
	}

	@Test
	void theLogoIsAPngOrJpegServedWithItsOwnTypeAndNoSniffing() {
		Api api = this.mspAdmin.api();
		assertThat(upload(api, "<svg onload=alert(1)>".getBytes(), "image/png").status()).isEqualTo(422);
		assertThat(upload(api, "GIF89a....".getBytes(), "image/png").status()).isEqualTo(422);
		assertThat(upload(api, new byte[300 * 1024], "image/png").status()).isEqualTo(422);

		JsonNode saved = expect(200, upload(api, PNG, "application/octet-stream")).json();

		String logoUrl = saved.get("logoUrl").asString();
		HttpResponse<byte[]> logo = fetch(logoUrl);
		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(logo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(logo.body()).isEqualTo(PNG);
	}

	@Test
	void getNamesTheServedLogoAndPutWithANullLogoUrlRemovesIt() {
		Api api = this.mspAdmin.api();
		assertThat(expect(200, api.get(branding())).json().get("logoUrl").isNull()).isTrue();
		String logoUrl = expect(200, upload(api, PNG, "image/png")).json().get("logoUrl").asString();
		assertThat(expect(200, api.get(branding())).json().get("logoUrl").asString()).isEqualTo(logoUrl);

		JsonNode kept = expect(200, api.put(branding(), body("Kept", "#000000", null))).json();
		assertThat(kept.get("logoUrl").asString()).isEqualTo(logoUrl);
		Map<String, Object> removing = body("Removed", "#000000", null);
		removing.put("logoUrl", null);
		JsonNode removed = expect(200, api.put(branding(), removing)).json();

		assertThat(removed.get("logoUrl").isNull()).isTrue();
		assertThat(expect(200, api.get(branding())).json().get("logoUrl").isNull()).isTrue();
		assertThat(fetch(logoUrl).statusCode()).isEqualTo(404);
		JsonNode entry = expect(200, this.admin.get("/api/v1/orgs/" + this.client + "/audit?limit=1")).json().get(0);
		assertThat(entry.get("action").asString()).isEqualTo("branding.updated");
		assertThat(entry.get("details").get("logoRemoved").asBoolean()).isTrue();
	}

	@Test
	void aLogoUrlOtherThanNullIsRefusedAndChangesNothing() {
		Api api = this.mspAdmin.api();
		String logoUrl = expect(200, upload(api, PNG, "image/png")).json().get("logoUrl").asString();
		Map<String, Object> setting = body("Elsewhere", "#000000", null);
		setting.put("logoUrl", "https://evil.example/logo.png");

		Api.Response refused = api.put(branding(), setting);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("code").asString()).isEqualTo("logo_url_read_only");
		assertThat(refused.json().get("detail").asString()).contains("/branding/logo");
		JsonNode unchanged = expect(200, api.get(branding())).json();
		assertThat(unchanged.get("logoUrl").asString()).isEqualTo(logoUrl);
		assertThat(unchanged.get("productName").asString()).isNotEqualTo("Elsewhere");
	}

	@Test
	void thePortalThemeFollowsTheHostAndUnknownHostsGetTheDefault() {
		String host = "theme-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		expect(200, this.mspAdmin.api().put(branding(), body("Themed", "#abcdef", host)));

		assertThat(HostRequests.get(baseUrl(), "/portal/branding/theme.css", host)).contains("#abcdef");
		assertThat(HostRequests.get(baseUrl(), "/portal/branding/theme.css", "unknown.example")).contains(Branding.DEFAULT.primaryColor());
	}

	@Test
	void portalSettingsNeedSettingsManageAndEveryModuleFlag() {
		String path = "/api/v1/orgs/" + this.client + "/portal-settings";
		assertThat(expect(200, this.mspAdmin.api().get(path)).json().get("modules").get("reports").asBoolean()).isTrue();
		Map<String, Object> modules = new HashMap<>(Map.of("dashboard", true, "scorecard", true, "licences", false,
				"users", true, "security", true, "reports", false));

		JsonNode saved = expect(200, this.mspAdmin.api().put(path, Map.of("modules", modules))).json();

		assertThat(saved.get("modules").get("licences").asBoolean()).isFalse();
		assertThat(expect(200, this.mspAdmin.api().get(path)).json().get("modules").get("reports").asBoolean()).isFalse();
		modules.remove("users");
		assertThat(this.mspAdmin.api().put(path, Map.of("modules", modules)).status()).isEqualTo(400);
		assertThat(this.clientAdmin.api().get(path).status()).isEqualTo(403);
		changeTier("T2");
		assertThat(this.mspAdmin.api().get(path).status()).isEqualTo(403);
	}

	private String branding() {
		return "/api/v1/orgs/" + this.client + "/branding";
	}

	private static Map<String, Object> body(String name, String colour, String host) {
		Map<String, Object> body = new HashMap<>(Map.of("productName", name, "primaryColor", colour));
		if (host != null) {
			body.put("portalHost", host);
		}
		return body;
	}

	private Api.Response upload(Api api, byte[] bytes, String type) {
		return api.send("PUT", "/api/v1/orgs/" + this.client + "/branding/logo", BodyPublishers.ofByteArray(bytes), type);
	}

	/** A public GET of raw bytes. */
	HttpResponse<byte[]> fetch(String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
