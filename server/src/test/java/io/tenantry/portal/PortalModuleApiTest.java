package io.tenantry.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tenantry.test.Api;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A module the client hides is gone from its portal users' API too; staff still read it. */
class PortalModuleApiTest extends PortalTest {

	private static final List<String> REPORTS = List.of("/reports/monthly", "/reports/controls.csv", "/evidence-bundles");

	private static final List<String> COMPLIANCE = List.of("/controls", "/compliance/summary", "/compliance/trend",
			"/scans", "/roadmap");

	@Test
	void hiddenReportsAnswerNotFoundToPortalUsers() {
		hide("reports");
		Person viewer = member(this.client, "CLIENT_VIEWER");

		for (String path : REPORTS) {
			assertThat(status(this.clientAdmin.api(), path)).as(path).isEqualTo(404);
			assertThat(status(viewer.api(), path)).as(path).isEqualTo(404);
			assertThat(status(this.mspAdmin.api(), path)).as(path).isEqualTo(200);
		}
		assertThat(status(this.clientAdmin.api(), "/members")).isEqualTo(200);
	}

	@Test
	void shownReportsAnswerPortalUsers() {
		for (String path : REPORTS) {
			assertThat(status(this.clientAdmin.api(), path)).as(path).isEqualTo(200);
		}
	}

	@Test
	void hiddenUsersHideTheMembersList() {
		hide("users");

		assertThat(status(this.clientAdmin.api(), "/members")).isEqualTo(404);
		assertThat(status(this.mspAdmin.api(), "/members")).isEqualTo(200);
		assertThat(status(this.clientAdmin.api(), "/controls")).isEqualTo(200);
	}

	@Test
	void complianceReadsStayWhileAnyModuleThatShowsThemDoes() {
		this.fixtures.failingControl(this.client, "MODULES");
		hide("dashboard", "scorecard");

		for (String path : COMPLIANCE) {
			assertThat(status(this.clientAdmin.api(), path)).as(path).isEqualTo(200);
		}
	}

	@Test
	void complianceReadsAnswerNotFoundOnceEveryModuleThatShowsThemIsHidden() {
		this.fixtures.failingControl(this.client, "MODULES");
		hide("dashboard", "scorecard", "security");
		String scan = expect(200, this.mspAdmin.api().get("/api/v1/orgs/" + this.client + "/scans")).json()
			.get(0)
			.get("id")
			.asString();

		for (String path : List.of("/controls", "/compliance/summary", "/scans", "/scans/" + scan)) {
			assertThat(status(this.clientAdmin.api(), path)).as(path).isEqualTo(404);
			assertThat(status(this.mspAdmin.api(), path)).as(path).isEqualTo(200);
		}
		assertThat(status(this.clientAdmin.api(), "/members")).isEqualTo(200);
		assertThat(status(this.clientAdmin.api(), "/reports/controls.csv")).isEqualTo(200);
	}

	private void hide(String... modules) {
		Map<String, Object> shown = new HashMap<>(Map.of("dashboard", true, "scorecard", true, "licences", true,
				"users", true, "security", true, "reports", true));
		for (String module : modules) {
			shown.put(module, false);
		}
		expect(200, this.mspAdmin.api().put("/api/v1/orgs/" + this.client + "/portal-settings", Map.of("modules", shown)));
	}

	private int status(Api api, String path) {
		return api.download("/api/v1/orgs/" + this.client + path).status();
	}

}
