package io.tenantry.platform.web;

import io.tenantry.test.Api;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the metrics endpoint reports of API requests: each request, not each security filter. */
class RequestMetricsTest extends IntegrationTest {

	@Test
	void requestsAreTimedButNotEachFilterOfTheSecurityChain() {
		Api admin = this.fixtures.admin();
		assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);

		String scrape = this.fixtures.anonymous().get("/actuator/prometheus").body();

		assertThat(scrape).contains("http_server_requests_seconds_count{").contains("uri=\"/api/v1/me\"");
		assertThat(scrape).doesNotContain("spring_security_filterchains");
	}

}
