package io.tenantry.portal;

import java.util.Map;
import java.util.UUID;

import io.tenantry.test.Api;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Portal users see their own client and nothing else, and change nothing directly. */
class PortalIsolationTest extends PortalTest {

	@Test
	void portalUsersOfOneClientCannotReachAnother() {
		UUID other = this.fixtures.org("Other client");
		addClient(this.msp, other, "T3");
		member(other, "CLIENT_ADMIN");
		Api api = this.clientAdmin.api();

		assertThat(api.get("/api/v1/orgs/" + other).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/orgs/" + other + "/members").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/orgs/" + other + "/change-requests").status()).isEqualTo(404);
		assertThat(api.post("/api/v1/orgs/" + other + "/change-requests", Map.of("kind", "other", "details", "x")).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/orgs/" + other + "/branding").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/orgs/" + other + "/portal-settings").status()).isEqualTo(404);
	}

	@Test
	void portalUsersDoNotReachTheMspSurface() {
		for (Person portalUser : new Person[] { this.clientAdmin, member(this.client, "CLIENT_VIEWER") }) {
			Api api = portalUser.api();
			assertThat(api.get("/api/v1/orgs/" + this.msp).status()).isEqualTo(404);
			assertThat(api.get("/api/v1/msp/" + this.msp + "/clients").status()).isEqualTo(404);
			assertThat(api.get("/api/v1/msp/" + this.msp + "/licensing").status()).isEqualTo(404);
			assertThat(api.get("/api/v1/msp/" + this.msp + "/change-requests").status()).isEqualTo(404);
			assertThat(api.get("/api/v1/msp/" + this.client + "/clients").status()).isEqualTo(404);
		}
	}

	@Test
	void portalUsersChangeNothingDirectly() {
		Person viewer = member(this.client, "CLIENT_VIEWER");
		String org = "/api/v1/orgs/" + this.client;
		for (Person portalUser : new Person[] { this.clientAdmin, viewer }) {
			Api api = portalUser.api();
			assertThat(api.post(org + "/members", Map.of("email", "x-" + UUID.randomUUID() + "@example.test", "role", "VIEWER")).status()).isEqualTo(403);
			assertThat(api.patch(org + "/members/" + viewer.id(), Map.of("role", "CLIENT_ADMIN")).status()).isEqualTo(403);
			assertThat(api.delete(org + "/members/" + viewer.id()).status()).isEqualTo(403);
			assertThat(api.patch(org, Map.of("name", "Renamed")).status()).isEqualTo(403);
			assertThat(api.put(org + "/branding", Map.of("productName", "X", "primaryColor", "#000000")).status()).isEqualTo(403);
			assertThat(api.put(org + "/portal-settings", Map.of("modules", PortalModules.ALL)).status()).isEqualTo(403);
			assertThat(api.post(org + "/scans", null).status()).isIn(403, 405);
		}
		assertThat(viewer.api().post(org + "/change-requests", Map.of("kind", "other", "details", "x")).status()).isEqualTo(403);
		assertThat(this.clientAdmin.api().post(org + "/change-requests", Map.of("kind", "other", "details", "x")).status()).isEqualTo(201);
	}

	@Test
	void theirMeListsOnlyTheirPortalRole() {
		var me = expect(200, this.clientAdmin.api().get("/api/v1/me")).json();

		assertThat(me.get("orgs").size()).isEqualTo(1);
		assertThat(me.get("orgs").get(0).get("role").asString()).isEqualTo("CLIENT_ADMIN");
		assertThat(me.get("orgs").get(0).get("capabilities").valueStream().map((c) -> c.asString()))
			.containsExactlyInAnyOrder("compliance:read", "changerequest:create");
	}

}
