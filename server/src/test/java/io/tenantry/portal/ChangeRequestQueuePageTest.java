package io.tenantry.portal;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The MSP's Change requests page filtered by client. */
class ChangeRequestQueuePageTest extends PortalTest {

	@Test
	void theClientFilterShowsOnlyThatClientsRequests() {
		UUID other = this.fixtures.org("Other client");
		addClient(this.msp, other, "T3");
		String mine = raise(this.clientAdmin, this.client);
		String theirs = raise(member(other, "CLIENT_ADMIN"), other);
		PageSession msp = signedIn(this.mspAdmin);

		assertThat(msp.get("/msp/change-requests").body()).contains(row(mine), row(theirs));
		assertThat(msp.get("/msp/change-requests?clientOrgId=" + this.client).body()).contains(row(mine))
			.doesNotContain(row(theirs));
		assertThat(msp.get("/msp/change-requests?clientOrgId=" + other).body()).contains(row(theirs))
			.doesNotContain(row(mine));
	}

	private String raise(Person requester, UUID orgId) {
		return expect(201, requester.api().post("/api/v1/orgs/" + orgId + "/change-requests",
				Map.of("kind", "other", "details", "Please look at this"))).json().get("id").asString();
	}

	private static String row(String requestId) {
		return "id=\"request-" + requestId + "\"";
	}

}
