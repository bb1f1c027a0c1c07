package io.tenantry.access;

import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.tenantry.access.AuthorizationMatrixTest.Kind;
import io.tenantry.test.Api;
import io.tenantry.test.Api.Response;
import io.tenantry.test.Fixtures;
import io.tenantry.test.Fixtures.TestUser;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The principals of one run of {@link AuthorizationMatrixTest}: a user and a logged-in client per
 * {@link Kind}, and for each request a fresh {@link Target} that the kinds join.
 */
final class MatrixWorld {

	/** A native scan file with one failing control. */
	static final String NATIVE_SCAN = "{'scannedAt':'2026-01-01T00:00:00Z','results':[{'controlId':'MATRIX-1',"
			+ "'title':'Matrix control','severity':'HIGH','status':'FAIL'}]}";

	/** Enough of a PNG file to pass as a logo: its signature. */
	static final String PNG = "\u0089PNG\r\n\u001a\n";

	static final String ALL_MODULES = "{'modules':{'dashboard':true,'scorecard':true,'licences':true,'users':true,"
			+ "'security':true,'reports':true}}";

	private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final Fixtures fixtures;

	private final Map<Kind, TestUser> users = new EnumMap<>(Kind.class);

	private final Map<Kind, Api> clients = new EnumMap<>(Kind.class);

	private final TestUser loginUser;

	/** A second token of the suspended user, taken before suspension, for rows that end a token. */
	private final Api suspendedSpare;

	MatrixWorld(Fixtures fixtures) {
		this.fixtures = fixtures;
		this.loginUser = fixtures.user("login");
		this.users.put(Kind.SUPER_ADMIN, fixtures.superAdmin("matrix-sa"));
		this.users.put(Kind.OTHER_TENANT, fixtures.member(fixtures.org("Matrix other tenant"), "ORG_ADMIN"));
		this.users.put(Kind.OTHER_CLIENT, fixtures.member(fixtures.org("Matrix other client"), "CLIENT_ADMIN"));
		for (Kind kind : Kind.values()) {
			if (kind != Kind.ANONYMOUS) {
				this.users.computeIfAbsent(kind, (k) -> fixtures.user("matrix-" + k.column.toLowerCase()));
				this.clients.put(kind, fixtures.login(this.users.get(kind)));
			}
		}
		this.clients.put(Kind.ANONYMOUS, fixtures.anonymous());
		this.suspendedSpare = fixtures.login(this.users.get(Kind.SUSPENDED));
		fixtures.suspend(this.users.get(Kind.SUSPENDED));
	}

	/** Sends the row as the kind and checks the answer's class. */
	void check(Row row, Kind kind) {
		Target target = new Target();
		join(kind, target);
		Response response = send(row, kind, target);
		assertThat(answerClass(response.status())).as("%s as %s: %s", row.endpoint(), kind, response)
			.isEqualTo(row.expected(kind));
	}

	/** Sends a mutating row as its first allowed kind and checks that its chain grew by one entry. */
	void checkAudited(Row row) {
		Kind kind = row.auditedKind();
		Target target = new Target();
		join(kind, target);
		Api client = client(row, kind);
		String chain = auditPath(row, target);
		target.prepare(row);
		long before = latestSeq(chain);
		Response response = send(row, client, target);
		assertThat(answerClass(response.status())).as("%s as %s: %s", row.endpoint(), kind, response).isEqualTo("2xx");

		List<JsonNode> added = StreamSupport.stream(this.fixtures.admin().get(chain + "?limit=5").json().spliterator(), false)
			.filter((entry) -> entry.get("seq").asLong() > before)
			.toList();
		assertThat(added).as("entries added to %s by %s", chain, row.endpoint()).hasSize(1);
		assertThat(added.get(0).get("action").asString()).as("action of %s", row.endpoint())
			.matches("[a-z]+(\\.[a-z_]+)+")
			.satisfies((action) -> assertThat(plausible(action, row.path())).as("%s names something in %s", action, row.path()).isTrue());
	}

	/** The platform chain for SuperAdmin-level rows and rows of no org, else the MSP's or the client's. */
	private static String auditPath(Row row, Target target) {
		boolean superAdminOnly = row.auditedKind() == Kind.SUPER_ADMIN;
		if (superAdminOnly || !row.path().matches(".*\\{(org|mspOrg|clientOrg)Id}.*")) {
			return "/api/v1/audit";
		}
		String org = row.path().contains("{mspOrgId}") ? target.msp.toString() : target.client.toString();
		return "/api/v1/orgs/" + org + "/audit";
	}

	private long latestSeq(String chain) {
		JsonNode entries = this.fixtures.admin().get(chain + "?limit=1").json();
		return entries.isEmpty() ? 0 : entries.get(0).get("seq").asLong();
	}

	/** An action is plausible when one of its words, other than the verb, names a segment of the path. */
	private static boolean plausible(String action, String path) {
		List<String> words = Arrays.asList(action.split("[._]"));
		return words.subList(0, words.size() - 1)
			.stream()
			.anyMatch((word) -> Arrays.stream(path.split("/"))
				.map((segment) -> segment.replace("-", ""))
				.anyMatch((segment) -> !segment.isEmpty() && !segment.startsWith("{")
						&& (segment.startsWith(word) || word.startsWith(segment))));
	}

	private void join(Kind kind, Target target) {
		TestUser user = this.users.get(kind);
		switch (kind) {
			case MSP_ORG_ADMIN -> {
				this.fixtures.addMember(target.msp, user, "ORG_ADMIN");
				target.freeOrgAdmins.add(user);
			}
			case TECHNICIAN_GRANTED -> {
				this.fixtures.addMember(target.msp, user, "SERVICE_PROVIDER");
				this.fixtures.grantClients(target.msp, user.id(), target.client);
			}
			case TECHNICIAN -> this.fixtures.addMember(target.msp, user, "SERVICE_PROVIDER");
			case TIER_1, TIER_2, TIER_3 -> {
				UUID otherMsp = this.fixtures.org("Matrix tier MSP", true);
				this.fixtures.relate(otherMsp, target.client, "T" + kind.column.charAt(1));
				this.fixtures.addMember(otherMsp, user, "ORG_ADMIN");
			}
			case ORG_ADMIN, AUDITOR, VIEWER, CLIENT_ADMIN, CLIENT_VIEWER -> this.fixtures.addMember(target.client, user, kind.name());
			case SUSPENDED -> this.fixtures.addMember(target.client, user, "ORG_ADMIN");
			case SUPER_ADMIN, OTHER_TENANT, OTHER_CLIENT, ANONYMOUS -> {
			}
		}
	}

	private Response send(Row row, Kind kind, Target target) {
		return send(row, client(row, kind), target);
	}

	private static Response send(Row row, Api client, Target target) {
		String path = target.fill(row.path()) + ((row.query() != null) ? "?" + target.fill(row.query()) : "");
		if (row.body() == null) {
			return client.send(row.method(), path, BodyPublishers.noBody(), null);
		}
		String body = target.fill(row.body()).replace('\'', '"');
		// Latin-1 keeps a binary body (a PNG signature) byte for byte; JSON bodies here are ASCII.
		BodyPublisher publisher = BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1);
		return client.send(row.method(), path, publisher, row.contentType());
	}

	private Api client(Row row, Kind kind) {
		if (row.needsFreshLogin() && kind != Kind.ANONYMOUS) {
			return (kind == Kind.SUSPENDED) ? this.suspendedSpare : this.fixtures.login(this.users.get(kind));
		}
		return this.clients.get(kind);
	}

	private static String answerClass(int status) {
		return (status >= 200 && status < 300) ? "2xx" : String.valueOf(status);
	}

	static Row row(String method, String path, @Nullable String body, String expected) {
		return new Row(method, path, null, body, "application/json", List.of(expected.trim().split("\\s+")), false, true);
	}

	/** One endpoint and the answer class each {@link Kind} must get, in the enum's order. */
	record Row(String method, String path, @Nullable String query, @Nullable String body, String contentType,
			List<String> expected, boolean needsFreshLogin, boolean recordsAudit) {

		String endpoint() {
			return this.method + " " + this.path;
		}

		String expected(Kind kind) {
			return this.expected.get(kind.ordinal());
		}

		/** Mutating, sent successfully by some kind, and not {@link #unaudited()}. */
		boolean audited() {
			return MUTATING.contains(this.method) && this.recordsAudit && this.expected.contains("2xx");
		}

		/** The kind that sends this row for its audit check: the first allowed, a SuperAdmin only if alone. */
		Kind auditedKind() {
			return Arrays.stream(Kind.values())
				.filter((kind) -> kind != Kind.SUPER_ADMIN && expected(kind).equals("2xx"))
				.findFirst()
				.orElse(Kind.SUPER_ADMIN);
		}

		/** This row ends the caller's token, so each kind logs in anew for it. */
		Row freshLogin() {
			return new Row(this.method, this.path, this.query, this.body, this.contentType, this.expected, true, this.recordsAudit);
		}

		/** A mutating row that records nothing by design; say why next to the row. */
		Row unaudited() {
			return new Row(this.method, this.path, this.query, this.body, this.contentType, this.expected, this.needsFreshLogin, false);
		}

		Row query(String query) {
			return new Row(this.method, this.path, query, this.body, this.contentType, this.expected, this.needsFreshLogin, this.recordsAudit);
		}

		Row contentType(String contentType) {
			return new Row(this.method, this.path, this.query, this.body, contentType, this.expected, this.needsFreshLogin, this.recordsAudit);
		}

	}

	/** A fresh client org C with its MSP M (C at T3); the other placeholders are made when a row names them. */
	final class Target {

		final UUID client = MatrixWorld.this.fixtures.org("Matrix client");

		final UUID msp = MatrixWorld.this.fixtures.org("Matrix MSP", true);

		private final Map<String, Supplier<String>> placeholders = new HashMap<>();

		private final Map<String, String> made = new HashMap<>();

		/** Who administers {@code {freeOrgId}} directly, besides making it. */
		private final List<TestUser> freeOrgAdmins = new ArrayList<>();

		Target() {
			Fixtures fixtures = MatrixWorld.this.fixtures;
			fixtures.relate(this.msp, this.client, "T3");
			this.placeholders.put("orgId", this.client::toString);
			this.placeholders.put("clientOrgId", this.client::toString);
			this.placeholders.put("mspOrgId", this.msp::toString);
			this.placeholders.put("freeOrgId", () -> {
				UUID free = fixtures.org("Matrix free");
				this.freeOrgAdmins.forEach((admin) -> fixtures.addMember(free, admin, "ORG_ADMIN"));
				return free.toString();
			});
			this.placeholders.put("otherMspOrgId", () -> {
				UUID otherMsp = fixtures.org("Matrix other MSP", true);
				fixtures.relate(otherMsp, fixtures.org("Matrix other MSP's client"), "T3");
				return otherMsp.toString();
			});
			this.placeholders.put("userId", () -> {
				TestUser technician = fixtures.invite(this.msp, "SERVICE_PROVIDER");
				fixtures.addMember(this.client, technician, "VIEWER");
				return technician.id().toString();
			});
			this.placeholders.put("scanId", () -> fixtures.importScan(this.client, "native", NATIVE_SCAN.replace('\'', '"')).toString());
			this.placeholders.put("controlId", () -> {
				fill("{scanId}");
				String admin = fixtures.admin().get("/api/v1/me").json().get("id").asString();
				fixtures.admin().put("/api/v1/orgs/" + this.client + "/controls/MATRIX-1/assignment", Map.of("userId", admin));
				return "MATRIX-1";
			});
			this.placeholders.put("itemId", () -> fixtures.admin()
				.post("/api/v1/orgs/" + this.client + "/roadmap",
						Map.of("controlId", fill("{controlId}"), "title", "Matrix", "targetDate", "2026-06-30"))
				.json().get("id").asString());
			this.placeholders.put("bundleId", () -> fixtures.admin()
				.post("/api/v1/orgs/" + this.client + "/evidence-bundles",
						Map.of("scanId", fill("{scanId}"), "title", "Matrix evidence", "shared", true))
				.json().get("id").asString());
			this.placeholders.put("keyId", () -> fixtures.admin()
				.post("/api/v1/orgs/" + this.client + "/api-keys", Map.of("name", "Matrix agent"))
				.json().get("id").asString());
			this.placeholders.put("requestId", () -> fixtures.admin()
				.post("/api/v1/orgs/" + this.client + "/change-requests", Map.of("kind", "other", "details", "Matrix"))
				.json().get("id").asString());
			this.placeholders.put("newEmail", () -> "new-" + UUID.randomUUID() + "@example.test");
			this.placeholders.put("loginEmail", MatrixWorld.this.loginUser::email);
			this.placeholders.put("password", () -> Fixtures.PASSWORD);
		}

		String fill(String template) {
			String filled = template;
			for (Map.Entry<String, Supplier<String>> placeholder : this.placeholders.entrySet()) {
				String name = "{" + placeholder.getKey() + "}";
				if (filled.contains(name)) {
					filled = filled.replace(name, value(placeholder.getKey()));
				}
			}
			return filled;
		}

		/** Makes every placeholder the row names, so that only the request itself changes anything after. */
		void prepare(Row row) {
			Stream.of(row.path(), row.query(), row.body()).filter(Objects::nonNull).forEach(this::fill);
		}

		/** Made once per target: a row may name a placeholder twice, and one may need another. */
		private String value(String placeholder) {
			String value = this.made.get(placeholder);
			if (value == null) {
				value = this.placeholders.get(placeholder).get();
				this.made.put(placeholder, value);
			}
			return value;
		}

	}

}
