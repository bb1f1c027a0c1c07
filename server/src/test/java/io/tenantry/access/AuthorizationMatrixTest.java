package io.tenantry.access;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import io.tenantry.test.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix: every API endpoint, and for each kind of principal the answer it must
 * get (2xx, 401, 403 or 404). {@link #everyApiEndpointIsInTheTable()} fails when the application
 * has an {@code /api/**} endpoint that {@link #ROWS} does not list, and {@link #matrix()} sends
 * every row as every kind over real HTTP against a freshly created target org.
 *
 * <h2>Adding an endpoint: one line in {@link #ROWS}</h2>
 * {@code row(method, pathTemplate, body, "SA OA AU VI CA CV OT SU AN")}: the path exactly as mapped;
 * a minimal valid JSON body (single quotes stand for double quotes) or {@code null}; one expected
 * class per {@link Kind}, in the enum's order (other statuses, e.g. a redirect's 302, are written as such). Placeholders in path and body are filled per test:
 * <ul>
 * <li>{@code {orgId}}, {@code {mspOrgId}}: the target org (MSP portal enabled), where the kinds
 * hold their roles;</li>
 * <li>{@code {userId}}: a ServiceProvider member of the target, free to be changed or removed;</li>
 * <li>{@code {clientOrgId}}: a client of the target at tier T3; {@code {freeOrgId}}: an org
 * related to nothing;</li>
 * <li>{@code {newEmail}}: an unused email; {@code {loginEmail}}/{@code {password}}: an active
 * user's credentials.</li>
 * </ul>
 * Add a placeholder in {@link #target}. Append {@code .freshLogin()} to a row that ends the
 * caller's token (logout).
 *
 * <h2>Adding a kind of principal</h2>
 * Add a {@link Kind} constant with its two-letter column name and how it joins each fresh target
 * (e.g. an MSP OrgAdmin whose MSP has the target as a client at a tier, a technician with or
 * without a grant), then add its column to every row.
 */
class AuthorizationMatrixTest extends IntegrationTest {

	static final List<Row> ROWS = List.of(
	//      method    path                                                       body                                                              SA  OA  AU  VI  CA  CV  OT  SU  AN
		row("POST",   "/api/v1/auth/login",                                      "{'email':'{loginEmail}','password':'{password}'}",             "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"),
		row("POST",   "/api/v1/auth/logout",                                     null,                                                           "2xx 2xx 2xx 2xx 2xx 2xx 2xx 401 401").freshLogin(),
		row("GET",    "/api/v1/me",                                              null,                                                           "2xx 2xx 2xx 2xx 2xx 2xx 2xx 401 401"),
		row("GET",    "/api/v1/orgs",                                            null,                                                           "2xx 2xx 2xx 2xx 2xx 2xx 2xx 401 401"),
		row("POST",   "/api/v1/orgs",                                            "{'name':'Matrix org'}",                                        "2xx 403 403 403 403 403 403 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}",                                    null,                                                           "2xx 2xx 2xx 2xx 2xx 2xx 404 401 401"),
		row("PATCH",  "/api/v1/orgs/{orgId}",                                    "{'licenseLimit':5}",                                           "2xx 2xx 403 403 403 403 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/archive",                            null,                                                           "2xx 403 403 403 403 403 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/unarchive",                          null,                                                           "2xx 403 403 403 403 403 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/members",                            null,                                                           "2xx 2xx 2xx 2xx 2xx 2xx 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/members",                            "{'email':'{newEmail}','role':'VIEWER'}",                       "2xx 2xx 403 403 403 403 404 401 401"),
		row("PATCH",  "/api/v1/orgs/{orgId}/members/{userId}",                   "{'role':'VIEWER'}",                                            "2xx 2xx 403 403 403 403 404 401 401"),
		row("DELETE", "/api/v1/orgs/{orgId}/members/{userId}",                   null,                                                           "2xx 2xx 403 403 403 403 404 401 401"),
		row("GET",    "/api/v1/orgs/{mspOrgId}/members/{userId}/client-access",  null,                                                           "2xx 2xx 403 403 403 403 404 401 401"),
		row("PUT",    "/api/v1/orgs/{mspOrgId}/members/{userId}/client-access",  "{'allClients':false,'clientOrgIds':['{clientOrgId}']}",        "2xx 2xx 403 403 403 403 404 401 401"),
		row("GET",    "/api/v1/msp/{mspOrgId}/clients",                          null,                                                           "2xx 2xx 403 403 403 403 404 401 401"),
		row("POST",   "/api/v1/msp/{mspOrgId}/clients",                          "{'clientOrgId':'{freeOrgId}','tier':'T1'}",                    "2xx 2xx 403 403 403 403 404 401 401"),
		row("PATCH",  "/api/v1/msp/{mspOrgId}/clients/{clientOrgId}",            "{'tier':'T2'}",                                                "2xx 2xx 403 403 403 403 404 401 401"),
		row("DELETE", "/api/v1/msp/{mspOrgId}/clients/{clientOrgId}",            null,                                                           "2xx 2xx 403 403 403 403 404 401 401"),
		row("GET",    "/api/v1/msp/{mspOrgId}/licensing",                        null,                                                           "2xx 2xx 403 403 403 403 404 401 401"),
		row("PUT",    "/api/v1/msp/{mspOrgId}/licensing/{clientOrgId}",          "{'licenseType':'custom','seatLimit':10}",                      "2xx 2xx 403 403 403 403 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/audit",                              null,                                                           "2xx 2xx 2xx 403 403 403 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/audit/verify",                       null,                                                           "2xx 2xx 2xx 403 403 403 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/audit/export",                       null,                                                           "2xx 2xx 2xx 403 403 403 404 401 401"),
		row("GET",    "/api/v1/audit",                                           null,                                                           "2xx 403 403 403 403 403 403 401 401"),
		row("GET",    "/api/v1/audit/verify",                                    null,                                                           "2xx 403 403 403 403 403 403 401 401"),
		row("GET",    "/api/v1/audit/export",                                    null,                                                           "2xx 403 403 403 403 403 403 401 401"),
		row("GET",    "/api/docs",                                               null,                                                           "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"),
		row("GET",    "/api/docs.yaml",                                          null,                                                           "2xx 2xx 2xx 2xx 2xx 2xx 2xx 401 401"),
		row("GET",    "/api/docs/swagger-config",                                null,                                                           "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"),
		row("GET",    "/api/docs/ui",                                            null,                                                           "302 302 302 302 302 302 302 302 302"));

	/** Who asks, in the order of the table's columns, and how each joins a fresh target org. */
	enum Kind {

		SUPER_ADMIN("SA", (fixtures, user, target) -> {
		}),
		ORG_ADMIN("OA", member("ORG_ADMIN")),
		AUDITOR("AU", member("AUDITOR")),
		VIEWER("VI", member("VIEWER")),
		CLIENT_ADMIN("CA", member("CLIENT_ADMIN")),
		CLIENT_VIEWER("CV", member("CLIENT_VIEWER")),
		/** OrgAdmin of another org, with no path to the target. */
		OTHER_TENANT("OT", (fixtures, user, target) -> {
		}),
		/** Suspended after logging in, though an OrgAdmin of the target: its token must be dead. */
		SUSPENDED("SU", member("ORG_ADMIN")),
		ANONYMOUS("AN", (fixtures, user, target) -> {
		});

		final String column;

		final JoinTarget joinTarget;

		Kind(String column, JoinTarget joinTarget) {
			this.column = column;
			this.joinTarget = joinTarget;
		}

		private static JoinTarget member(String role) {
			return (fixtures, user, target) -> fixtures.addMember(UUID.fromString(target.get("orgId")), user, role);
		}

	}

	/** How a kind's user (null for anonymous) gets its access to a fresh target, whose placeholders are given. */
	interface JoinTarget {

		void join(Fixtures fixtures, @Nullable TestUser user, Map<String, String> target);

	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyApiEndpointIsInTheTable() {
		Set<String> endpoints = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> info.getPatternValues()
			.stream()
			.filter((pattern) -> pattern.startsWith("/api/"))
			.forEach((pattern) -> {
				Set<?> methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					endpoints.add("ANY " + pattern);
				}
				methods.forEach((method) -> endpoints.add(method + " " + pattern));
			}));
		Set<String> listed = new TreeSet<>(ROWS.stream().map(Row::endpoint).toList());

		assertThat(endpoints).as("API endpoints missing from AuthorizationMatrixTest.ROWS").isSubsetOf(listed);
		assertThat(listed).as("rows of AuthorizationMatrixTest.ROWS without an endpoint").isSubsetOf(endpoints);
	}

	@Test
	void everyRowHasAnAnswerForEveryKind() {
		assertThat(ROWS).allSatisfy((row) -> assertThat(row.expected()).as(row.endpoint()).hasSize(Kind.values().length));
	}

	@TestFactory
	Stream<DynamicTest> matrix() {
		World world = new World(this.fixtures);
		return ROWS.stream()
			.flatMap((row) -> Arrays.stream(Kind.values())
				.map((kind) -> DynamicTest.dynamicTest(row.endpoint() + " as " + kind + " → " + row.expected().get(kind.ordinal()),
						() -> world.check(row, kind))));
	}

	static Row row(String method, String path, @Nullable String body, String expected) {
		return new Row(method, path, body, List.of(expected.trim().split("\\s+")), false);
	}

	/** One endpoint and the answer class each {@link Kind} must get, in the enum's order. */
	record Row(String method, String path, @Nullable String body, List<String> expected, boolean needsFreshLogin) {

		String endpoint() {
			return this.method + " " + this.path;
		}

		/** This row ends the caller's token, so each kind logs in anew for it. */
		Row freshLogin() {
			return new Row(this.method, this.path, this.body, this.expected, true);
		}

	}

	/** The principals of one run: each kind's user and logged-in client, and what a target needs. */
	static final class World {

		private final Fixtures fixtures;

		private final Map<Kind, TestUser> users = new EnumMap<>(Kind.class);

		private final Map<Kind, Api> clients = new EnumMap<>(Kind.class);

		private final TestUser loginUser;

		private final Api anonymous;

		/** A second token of the suspended user, taken before suspension, for rows that end a token. */
		private final Api suspendedSpare;

		World(Fixtures fixtures) {
			this.fixtures = fixtures;
			this.anonymous = fixtures.anonymous();
			this.loginUser = fixtures.user("login");
			this.users.put(Kind.SUPER_ADMIN, fixtures.superAdmin("matrix-super"));
			for (Kind kind : List.of(Kind.ORG_ADMIN, Kind.AUDITOR, Kind.VIEWER, Kind.CLIENT_ADMIN, Kind.CLIENT_VIEWER, Kind.SUSPENDED)) {
				this.users.put(kind, fixtures.user("matrix-" + kind.column.toLowerCase()));
			}
			this.users.put(Kind.OTHER_TENANT, fixtures.member(fixtures.org("Matrix other tenant"), "ORG_ADMIN"));
			this.users.forEach((kind, user) -> this.clients.put(kind, fixtures.login(user)));
			this.suspendedSpare = fixtures.login(this.users.get(Kind.SUSPENDED));
			fixtures.suspend(this.users.get(Kind.SUSPENDED));
		}

		void check(Row row, Kind kind) {
			Map<String, String> target = target();
			kind.joinTarget.join(this.fixtures, this.users.get(kind), target);
			Api client = client(row, kind);
			String body = (row.body() != null) ? fill(row.body(), target).replace('\'', '"') : null;
			Response response = client.send(row.method(), fill(row.path(), target),
					(body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody(),
					(body != null) ? "application/json" : null);

			assertThat(answerClass(response.status())).as("%s as %s: %s", row.endpoint(), kind, response)
				.isEqualTo(row.expected().get(kind.ordinal()));
		}

		/** A fresh target org for one request, with a technician and a client. */
		private Map<String, String> target() {
			UUID org = this.fixtures.org("Matrix target", true);
			UUID client = this.fixtures.org("Matrix client");
			this.fixtures.relate(org, client, "T3");
			Map<String, String> target = new HashMap<>();
			target.put("orgId", org.toString());
			target.put("mspOrgId", org.toString());
			target.put("userId", this.fixtures.member(org, "SERVICE_PROVIDER").id().toString());
			target.put("clientOrgId", client.toString());
			target.put("freeOrgId", this.fixtures.org("Matrix free").toString());
			target.put("newEmail", "new-" + UUID.randomUUID() + "@example.test");
			target.put("loginEmail", this.loginUser.email());
			target.put("password", Fixtures.PASSWORD);
			return target;
		}

		private Api client(Row row, Kind kind) {
			if (kind == Kind.ANONYMOUS) {
				return this.anonymous;
			}
			if (row.needsFreshLogin()) {
				return (kind == Kind.SUSPENDED) ? this.suspendedSpare : this.fixtures.login(this.users.get(kind));
			}
			return this.clients.get(kind);
		}

		private static String fill(String template, Map<String, String> values) {
			String filled = template;
			for (Map.Entry<String, String> value : values.entrySet()) {
				filled = filled.replace("{" + value.getKey() + "}", value.getValue());
			}
			return filled;
		}

		private static String answerClass(int status) {
			return (status >= 200 && status < 300) ? "2xx" : String.valueOf(status);
		}

	}

}
