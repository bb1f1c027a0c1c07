package io.tenantry.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import io.tenantry.test.Api;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An org with scans imported through the API, for the reports' tests. */
abstract class ReportsTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	protected Api admin;

	protected UUID orgId;

	protected String orgName;

	@BeforeEach
	void createOrg() {
		this.admin = this.fixtures.admin();
		this.orgId = this.fixtures.org("Reported");
		this.orgName = this.admin.get("/api/v1/orgs/" + this.orgId).json().get("name").asString();
	}

	/** Imports a native scan with these findings; returns its id. */
	protected UUID importScan(List<Map<String, String>> results) {
		return this.fixtures.importScan(this.orgId, "native",
				JSON.writeValueAsString(Map.of("scannedAt", "2026-01-02T03:04:05Z", "results", results)));
	}

	/** The month a scan completed in (UTC), as reports count it. */
	protected YearMonth monthOf(UUID scanId) {
		Instant completed = Instant.parse(this.admin.get(path("/scans/" + scanId)).json().get("completedAt").asString());
		return YearMonth.from(completed.atOffset(ZoneOffset.UTC));
	}

	protected static Map<String, String> result(String controlId, String title, String severity, String status) {
		return Map.of("controlId", controlId, "title", title, "severity", severity, "status", status);
	}

	protected static String unique(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	protected String path(String suffix) {
		return "/api/v1/orgs/" + this.orgId + suffix;
	}

	/** The org's audit entries with this action, newest first. */
	protected List<JsonNode> audited(String action) {
		return StreamSupport.stream(this.admin.get(path("/audit?limit=200")).json().spliterator(), false)
			.filter((entry) -> entry.get("action").asString().equals(action))
			.toList();
	}

}
