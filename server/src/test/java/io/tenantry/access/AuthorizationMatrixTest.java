package io.tenantry.access;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.tenantry.access.MatrixWorld.Row;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static io.tenantry.access.MatrixWorld.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix: every API endpoint, and for each kind of principal the answer it must
 * get (2xx, 401, 403 or 404). {@link #everyApiEndpointIsInTheTable()} fails when the application
 * has an {@code /api/**} endpoint that {@link #ROWS} does not list, {@link #matrix()} sends every
 * row as every kind over real HTTP against a freshly created client org and its MSP, and
 * {@link #everyMutatingEndpointLeavesExactlyOneAuditEntry()} checks the audit trail of each
 * mutating row.
 *
 * <h2>Adding an endpoint: one line in {@link #ROWS}</h2>
 * {@code row(method, pathTemplate, body, "SA MO TG TN T1 T2 T3 OA AU VI CA CV OT OC SU AN")}: the path
 * exactly as mapped; a minimal valid body (JSON unless {@code .contentType(…)} says otherwise;
 * single quotes stand for double quotes) or {@code null}; one expected class per {@link Kind}, in
 * the enum's order (other statuses, e.g. a redirect's 302, are written as such). Placeholders in
 * path, query and body are filled per test by {@link MatrixWorld.Target}: {@code {orgId}} and
 * {@code {clientOrgId}} are the client org C, {@code {mspOrgId}} its MSP M (C at tier T3);
 * {@code {userId}} a ServiceProvider of M who is also a Viewer of C; {@code {freeOrgId}} an org
 * related to nothing, of which M's OrgAdmin (MO) is also a direct OrgAdmin (so it may make it a
 * client of M); {@code {otherMspOrgId}} another MSP with a client of its own, administered by none
 * of the kinds; {@code {scanId}}/{@code {controlId}} an imported scan of C and one of its
 * controls; {@code {requestId}} an open change request of C; {@code {keyId}} a live API key of C; {@code {bundleId}} a shared evidence bundle of
 * {@code {scanId}}; {@code {newEmail}} an unused email;
 * {@code {loginEmail}}/{@code {password}} an active user's credentials. Append
 * {@code .freshLogin()} to a row that ends the caller's token (logout).
 *
 * <h2>Audit entries</h2>
 * A mutating row (POST, PUT, PATCH, DELETE) that some kind may send, unless marked
 * {@code .unaudited()} with the reason beside it, is sent once more by its first allowed kind (a
 * SuperAdmin only when no other kind may), and exactly one entry must then appear in the chain it
 * concerns: the platform chain when only SuperAdmins may send it or its path names no org, else
 * M's chain when its path names {@code {mspOrgId}}, else C's.
 */
class AuthorizationMatrixTest extends IntegrationTest {

	/** Who asks, in the order of the table's columns; {@link MatrixWorld} makes each join a fresh target. */
	enum Kind {

		/** SuperAdmin, member of nothing. */
		SUPER_ADMIN("SA"),
		/** OrgAdmin of the MSP M, which has C as a client at T3. */
		MSP_ORG_ADMIN("MO"),
		/** ServiceProvider of M granted C. */
		TECHNICIAN_GRANTED("TG"),
		/** ServiceProvider of M with no grant. */
		TECHNICIAN("TN"),
		/** OrgAdmin of another MSP that has C as a client at T1, T2, T3. */
		TIER_1("T1"), TIER_2("T2"), TIER_3("T3"),
		/** Direct members of C. */
		ORG_ADMIN("OA"), AUDITOR("AU"), VIEWER("VI"), CLIENT_ADMIN("CA"), CLIENT_VIEWER("CV"),
		/** OrgAdmin of another org, with no path to C or M. */
		OTHER_TENANT("OT"),
		/** Client admin (a portal user) of another org, related to nothing: no path to C or M. */
		OTHER_CLIENT("OC"),
		/** An OrgAdmin of C, suspended after logging in: its token must be dead. */
		SUSPENDED("SU"),
		ANONYMOUS("AN");

		final String column;

		Kind(String column) {
			this.column = column;
		}

	}

	static final List<Row> ROWS = List.of(
	//      method    path                                                         body                                                     SA  MO  TG  TN  T1  T2  T3  OA  AU  VI  CA  CV  OT  OC  SU  AN
		row("POST",   "/api/v1/auth/login",                                        "{'email':'{loginEmail}','password':'{password}'}",     "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"),
		row("POST",   "/api/v1/auth/logout",                                       null,                                                   "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401 401").freshLogin(),
		// Only mails a link, to anyone who asks; using the link is audited (user.password_set).
		row("POST",   "/api/v1/auth/password-reset",                               "{'email':'{loginEmail}'}",                             "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx").unaudited(),
		row("POST",   "/api/v1/account/password",                                  "{'currentPassword':'{password}','newPassword':'{password}'}", "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401 401"),
		// Before enrolment starts (the next row): nothing to confirm, nothing to disable.
		row("POST",   "/api/v1/account/mfa/confirm",                               "{'code':'000000'}",                                    "409 409 409 409 409 409 409 409 409 409 409 409 409 409 401 401"),
		row("POST",   "/api/v1/account/mfa/disable",                               "{'code':'000000'}",                                    "422 422 422 422 422 422 422 422 422 422 422 422 422 422 401 401"),
		row("POST",   "/api/v1/account/mfa",                                       null,                                                   "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401 401"),
		row("POST",   "/api/v1/users",                                             "{'email':'{newEmail}','name':'Matrix user'}",          "2xx 403 403 403 403 403 403 403 403 403 403 403 403 403 401 401"),
		row("PATCH",  "/api/v1/users/{userId}",                                    "{'status':'ACTIVE','name':'Renamed'}",                 "2xx 403 403 403 403 403 403 403 403 403 403 403 403 403 401 401"),
		row("GET",    "/api/v1/platform/settings",                                 null,                                                   "2xx 403 403 403 403 403 403 403 403 403 403 403 403 403 401 401"),
		row("PUT",    "/api/v1/platform/settings",                                 "{'requireMfaForPrivileged':false}",                    "2xx 403 403 403 403 403 403 403 403 403 403 403 403 403 401 401"),
		row("GET",    "/api/v1/me",                                                null,                                                   "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401 401"),
		row("GET",    "/api/v1/orgs",                                              null,                                                   "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401 401"),
		row("POST",   "/api/v1/orgs",                                              "{'name':'Matrix org'}",                                "2xx 403 403 403 403 403 403 403 403 403 403 403 403 403 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}",                                      null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("PATCH",  "/api/v1/orgs/{orgId}",                                      "{'licenseLimit':5}",                                   "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/archive",                              null,                                                   "2xx 403 403 404 403 403 403 403 403 403 403 403 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/unarchive",                            null,                                                   "2xx 403 403 404 403 403 403 403 403 403 403 403 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/members",                              null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/members",                              "{'email':'{newEmail}','role':'VIEWER'}",               "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("PATCH",  "/api/v1/orgs/{orgId}/members/{userId}",                     "{'role':'AUDITOR'}",                                   "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("DELETE", "/api/v1/orgs/{orgId}/members/{userId}",                     null,                                                   "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{mspOrgId}/members/{userId}/client-access",    null,                                                   "2xx 2xx 403 403 404 404 404 404 404 404 404 404 404 404 401 401"),
		row("PUT",    "/api/v1/orgs/{mspOrgId}/members/{userId}/client-access",    "{'allClients':false,'clientOrgIds':['{clientOrgId}']}", "2xx 2xx 403 403 404 404 404 404 404 404 404 404 404 404 401 401"),
		row("GET",    "/api/v1/msp/{mspOrgId}/clients",                            null,                                                   "2xx 2xx 403 403 404 404 404 404 404 404 404 404 404 404 401 401"),
		row("POST",   "/api/v1/msp/{mspOrgId}/clients",                            "{'clientOrgId':'{freeOrgId}','tier':'T1'}",            "2xx 2xx 403 403 404 404 404 404 404 404 404 404 404 404 401 401"),
		// An MSP OrgAdmin relates only orgs it administers directly; another MSP (and so its clients) is unknown to it.
		// SuperAdmins relate any org, and their entry goes to M's chain as the row above shows.
		row("POST",   "/api/v1/msp/{mspOrgId}/clients",                            "{'clientOrgId':'{otherMspOrgId}','tier':'T3'}",        "2xx 404 403 403 404 404 404 404 404 404 404 404 404 404 401 401").unaudited(),
		row("PATCH",  "/api/v1/msp/{mspOrgId}/clients/{clientOrgId}",              "{'tier':'T2'}",                                        "2xx 2xx 403 403 404 404 404 404 404 404 404 404 404 404 401 401"),
		row("DELETE", "/api/v1/msp/{mspOrgId}/clients/{clientOrgId}",              null,                                                   "2xx 2xx 403 403 404 404 404 404 404 404 404 404 404 404 401 401"),
		row("GET",    "/api/v1/msp/{mspOrgId}/licensing",                          null,                                                   "2xx 2xx 403 403 404 404 404 404 404 404 404 404 404 404 401 401"),
		row("PUT",    "/api/v1/msp/{mspOrgId}/licensing/{clientOrgId}",            "{'licenseType':'custom','seatLimit':10}",              "2xx 2xx 403 403 404 404 404 404 404 404 404 404 404 404 401 401"),
		row("GET",    "/api/v1/msp/{mspOrgId}/dashboard",                          null,                                                   "2xx 2xx 2xx 2xx 404 404 404 404 404 404 404 404 404 404 401 401"),
		row("GET",    "/api/v1/msp/{mspOrgId}/change-requests",                    null,                                                   "2xx 2xx 2xx 2xx 404 404 404 404 404 404 404 404 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/compliance/summary",                   null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/compliance/trend",                     null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/controls",                             null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/controls/{controlId}",                 null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/overrides",                            "{'controlId':'{controlId}','status':'PASS','reason':'Accepted risk'}", "2xx 2xx 2xx 404 403 2xx 2xx 2xx 2xx 403 403 403 404 404 401 401"),
		// Work on a control: comments and assignments like overrides, roadmaps and remediations from T2 up.
		row("GET",    "/api/v1/orgs/{orgId}/controls/{controlId}/comments",        null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/controls/{controlId}/comments",        "{'body':'Looked at it'}",                              "2xx 2xx 2xx 404 403 2xx 2xx 2xx 2xx 403 403 403 404 404 401 401"),
		row("PUT",    "/api/v1/orgs/{orgId}/controls/{controlId}/assignment",      "{'userId':'{userId}'}",                                "2xx 2xx 2xx 404 403 2xx 2xx 2xx 2xx 403 403 403 404 404 401 401"),
		row("DELETE", "/api/v1/orgs/{orgId}/controls/{controlId}/assignment",      null,                                                   "2xx 2xx 2xx 404 403 2xx 2xx 2xx 2xx 403 403 403 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/roadmap",                              null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/roadmap",                              "{'controlId':'{controlId}','title':'Fix','targetDate':'2026-06-30'}", "2xx 2xx 2xx 404 403 2xx 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("PATCH",  "/api/v1/orgs/{orgId}/roadmap/{itemId}",                     "{'status':'DONE'}",                                    "2xx 2xx 2xx 404 403 2xx 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("DELETE", "/api/v1/orgs/{orgId}/roadmap/{itemId}",                     null,                                                   "2xx 2xx 2xx 404 403 2xx 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/controls/{controlId}/remediations",    null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		// The matrix org has no remediation webhook: those who may trigger get 422 and nothing is stored.
		row("POST",   "/api/v1/orgs/{orgId}/controls/{controlId}/remediations",    null,                                                   "422 422 422 404 403 422 422 422 403 403 403 403 404 404 401 401").unaudited(),
		row("GET",    "/api/v1/orgs/{orgId}/scans",                                null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/scans/{scanId}",                       null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/scans/import",                         MatrixWorld.NATIVE_SCAN,                                "2xx 2xx 2xx 404 403 2xx 2xx 2xx 403 403 403 403 404 404 401 401").query("format=native"),
		// The matrix org has no scan webhook: those who may trigger get 422 and nothing changes.
		row("POST",   "/api/v1/orgs/{orgId}/scans",                                null,                                                   "422 422 422 404 403 422 422 422 403 403 403 403 404 404 401 401").unaudited(),
		// Authenticated by the scan's callback token alone, never by a user's: without it, 401 for everyone.
		row("POST",   "/api/v1/orgs/{orgId}/scans/{scanId}/callback",              null,                                                   "401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401").unaudited(),
		row("GET",    "/api/v1/orgs/{orgId}/scan-settings",                        null,                                                   "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("PUT",    "/api/v1/orgs/{orgId}/scan-settings",                        "{'webhookUrl':'https://93.184.215.14/hook'}",          "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		// API keys: apikey:manage, held like credentials (OrgAdmins, T3, SuperAdmins).
		row("GET",    "/api/v1/orgs/{orgId}/api-keys",                             null,                                                   "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/api-keys",                             "{'name':'Matrix agent'}",                              "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("DELETE", "/api/v1/orgs/{orgId}/api-keys/{keyId}",                     null,                                                   "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/reports/monthly",                      null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/reports/controls.csv",                 null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/evidence-bundles",                     null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/evidence-bundles",                     "{'scanId':'{scanId}','title':'Evidence','shared':true}", "2xx 2xx 2xx 404 403 2xx 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("PATCH",  "/api/v1/orgs/{orgId}/evidence-bundles/{bundleId}",          "{'shared':true}",                                      "2xx 2xx 2xx 404 403 2xx 2xx 2xx 403 403 403 403 404 404 401 401"),
		// {bundleId} is shared, so the client's portal users download it too.
		row("GET",    "/api/v1/orgs/{orgId}/evidence-bundles/{bundleId}/download", null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/branding",                             null,                                                   "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("PUT",    "/api/v1/orgs/{orgId}/branding",                             "{'productName':'Matrix','primaryColor':'#1a2b3c'}",    "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("PUT",    "/api/v1/orgs/{orgId}/branding/logo",                        MatrixWorld.PNG,                                        "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401").contentType("image/png"),
		row("GET",    "/api/v1/orgs/{orgId}/portal-settings",                      null,                                                   "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("PUT",    "/api/v1/orgs/{orgId}/portal-settings",                      MatrixWorld.ALL_MODULES,                                "2xx 2xx 2xx 404 403 403 2xx 2xx 403 403 403 403 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/change-requests",                      null,                                                   "2xx 2xx 2xx 404 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/change-requests",                      "{'kind':'other','details':'Rename the tenant'}",       "2xx 2xx 2xx 404 403 2xx 2xx 2xx 2xx 403 2xx 403 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/change-requests/{requestId}/approve",  "{'comment':'Done'}",                                   "2xx 2xx 2xx 404 403 2xx 2xx 403 403 403 403 403 404 404 401 401"),
		row("POST",   "/api/v1/orgs/{orgId}/change-requests/{requestId}/reject",   "{'comment':'No'}",                                     "2xx 2xx 2xx 404 403 2xx 2xx 403 403 403 403 403 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/audit",                                null,                                                   "2xx 2xx 2xx 404 403 2xx 2xx 2xx 2xx 403 403 403 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/audit/verify",                         null,                                                   "2xx 2xx 2xx 404 403 2xx 2xx 2xx 2xx 403 403 403 404 404 401 401"),
		row("GET",    "/api/v1/orgs/{orgId}/audit/export",                         null,                                                   "2xx 2xx 2xx 404 403 2xx 2xx 2xx 2xx 403 403 403 404 404 401 401"),
		row("GET",    "/api/v1/audit",                                             null,                                                   "2xx 403 403 403 403 403 403 403 403 403 403 403 403 403 401 401"),
		row("GET",    "/api/v1/audit/verify",                                      null,                                                   "2xx 403 403 403 403 403 403 403 403 403 403 403 403 403 401 401"),
		row("GET",    "/api/v1/audit/export",                                      null,                                                   "2xx 403 403 403 403 403 403 403 403 403 403 403 403 403 401 401"),
		row("GET",    "/api/docs",                                                 null,                                                   "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"),
		row("GET",    "/api/docs.yaml",                                            null,                                                   "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 401 401"),
		row("GET",    "/api/docs/swagger-config",                                  null,                                                   "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"),
		row("GET",    "/api/docs/ui",                                              null,                                                   "302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302"));

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
		MatrixWorld world = new MatrixWorld(this.fixtures);
		return ROWS.stream()
			.flatMap((row) -> Arrays.stream(Kind.values())
				.map((kind) -> DynamicTest.dynamicTest(row.endpoint() + " as " + kind + " → " + row.expected(kind),
						() -> world.check(row, kind))));
	}

	@TestFactory
	Stream<DynamicTest> everyMutatingEndpointLeavesExactlyOneAuditEntry() {
		MatrixWorld world = new MatrixWorld(this.fixtures);
		return ROWS.stream()
			.filter(Row::audited)
			.map((row) -> DynamicTest.dynamicTest(row.endpoint() + " as " + row.auditedKind(),
					() -> world.checkAudited(row)));
	}

}
