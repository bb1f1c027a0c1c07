package io.tenantry.bench;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.bench.ComplianceData.Control;
import io.tenantry.compliance.Finding;
import io.tenantry.compliance.FrameworkRef;
import io.tenantry.compliance.ResultStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the compliance data paths on PostgreSQL with the whole application, connected as the
 * application role so that row-level security applies: the Client Dashboard API of an MSP with
 * 1,000 clients of 12 scans each against the bare SQL that reads the same rows and against an MSP
 * alike with 1 scan each, and the import of a 5,000-finding native file against a raw JDBC batch
 * insert of the same rows. Operations compared are timed in turn, so that the ratios hold on a
 * shared machine; the targets are printed, not enforced.
 */
public final class ComplianceBench {

	private static final int CLIENTS = 1000;

	private static final int CONTROLS = 300;

	private static final int SCANS = 12;

	private static final int FINDINGS = 5000;

	private static final int REQUESTS = 1000;

	/**
	 * Warm-up rounds until the JIT compiler has compiled the whole request path, as on a server that
	 * has been up a while: at least the first, then until it has been quiet for the second, at most the third.
	 */
	private static final int WARM_UPS = 1000;

	private static final int QUIET_ROUNDS = 100;

	private static final int MAX_WARM_UPS = 8000;

	private static final int IMPORTS = 7;

	private static final String ADMIN = "bench-admin@example.test";

	private static final String PASSWORD = "bench-password-Zq8!vLm2";

	private final BenchClient admin;

	private final BenchDatabase database;

	private final Connection owner;

	private final String baseUrl;

	private ComplianceBench(String baseUrl, BenchDatabase database, Connection owner) throws Exception {
		this.baseUrl = baseUrl;
		this.database = database;
		this.owner = owner;
		this.admin = BenchClient.login(baseUrl, ADMIN, PASSWORD);
	}

	public static void main(String[] args) throws Exception {
		try (BenchDatabase database = new BenchDatabase();
				ConfigurableApplicationContext app = database.start(BenchDatabase.APP_ROLE,
						"--tenantry.bootstrap.admin.email=" + ADMIN, "--tenantry.bootstrap.admin.password=" + PASSWORD);
				Connection owner = database.owner()) {
			String port = app.getEnvironment().getRequiredProperty("local.server.port");
			new ComplianceBench("http://localhost:" + port, database, owner).run();
		}
	}

	private void run() throws Exception {
		// Two MSPs alike but for their history, so that both dashboards are timed side by side.
		Msp history = msp("History");
		Msp fresh = msp("Fresh");
		long began = System.nanoTime();
		history.data().controls(CONTROLS);
		for (Msp msp : List.of(history, fresh)) {
			msp.data().clients(CLIENTS);
			msp.data().summariesDue();
		}
		history.data().scans(1, SCANS);
		fresh.data().scans(1, 1);
		System.out.printf("Generated 2 MSPs of %,d clients x %d controls, with %d scans and with 1 scan each, in %.0f s%n",
				CLIENTS, CONTROLS, SCANS, (System.nanoTime() - began) / 1e9);
		for (Msp msp : List.of(history, fresh)) {
			// The first read recomputes every due summary row through the application's summary updater.
			int shown = msp.admin().get(msp.dashboard()).get("clients").size();
			int agreeing = msp.data().summariesAgreeingWithScans();
			if (shown != CLIENTS || agreeing != CLIENTS) {
				throw new IllegalStateException("The dashboard shows " + shown + " clients and " + agreeing
						+ " summaries agree with their latest scans; expected " + CLIENTS);
			}
		}
		this.database.settle();
		List<Timings> dashboards;
		// Each baseline on a connection of its own, opened for the timings as the application's pool
		// opens its: the connection that loaded the data stalled now and then for 20 to 30 ms.
		try (Connection underRls = this.database.application(history.adminId()); Connection bare = this.database.owner()) {
			Timings.Run[] operations = { () -> history.admin().fetch(history.dashboard()),
					() -> fresh.admin().fetch(fresh.dashboard()), () -> history.data().dashboardRows(underRls),
					() -> history.data().dashboardRows(bare) };
			int warmUps = Timings.warmUp(WARM_UPS, MAX_WARM_UPS, QUIET_ROUNDS, operations);
			System.out.printf("Warmed up in %,d rounds, %s%n", Math.abs(warmUps), (warmUps > 0)
					? "the last " + QUIET_ROUNDS + " without a JIT compilation" : "the JIT compiler still compiling");
			dashboards = Timings.interleaved(0, REQUESTS, operations);
		}

		UUID clientOrgId = history.data().managedClient();
		List<Finding> findings = findings(history.data().catalogue());
		byte[] file = nativeFile(findings);
		String imports = "/api/v1/orgs/" + clientOrgId + "/scans/import?format=native";
		List<Timings> storing = Timings.interleaved(2, IMPORTS, () -> history.admin().post(imports, file, 201),
				() -> history.data().rawScan(clientOrgId, findings));

		report(dashboards.get(0), dashboards.get(1), dashboards.get(3), dashboards.get(2), storing.get(0), storing.get(1));
	}

	/** An MSP org with an OrgAdmin signed in, created through the API as the bootstrap SuperAdmin. */
	private Msp msp(String name) throws Exception {
		UUID orgId = UUID.fromString(this.admin
			.post("/api/v1/orgs", Map.of("name", name + " MSP", "mspPortalEnabled", true), 201)
			.get("id")
			.asString());
		String email = name.toLowerCase() + "-msp-admin@example.test";
		UUID adminId = UUID.fromString(this.admin
			.post("/api/v1/users", Map.of("email", email, "name", name + " MSP admin", "password", PASSWORD), 201)
			.get("id")
			.asString());
		this.admin.post("/api/v1/orgs/" + orgId + "/members", Map.of("email", email, "role", "ORG_ADMIN"), 201);
		return new Msp(orgId, adminId, BenchClient.login(this.baseUrl, email, PASSWORD),
				new ComplianceData(this.owner, orgId));
	}

	/** {@value #FINDINGS} findings over the catalogue's controls, several per control, of every status. */
	private static List<Finding> findings(List<Control> catalogue) {
		ResultStatus[] statuses = ResultStatus.values();
		List<Finding> findings = new ArrayList<>(FINDINGS);
		for (int i = 0; i < FINDINGS; i++) {
			Control control = catalogue.get(i % catalogue.size());
			ResultStatus status = (i % 7 < 4) ? ResultStatus.PASS : statuses[i % statuses.length];
			findings.add(new Finding(FrameworkRef.CUSTOM, control.id(), control.title(), control.severity(), status,
					"resource-" + i + ".tenant.example", "Benchmark finding " + i));
		}
		return findings;
	}

	/** The findings as a native-format file (API.md). */
	private static byte[] nativeFile(List<Finding> findings) {
		List<Map<String, String>> results = findings.stream().map((finding) -> {
			Map<String, String> result = new LinkedHashMap<>();
			result.put("controlId", finding.controlId());
			result.put("title", finding.title());
			result.put("severity", finding.severity().name());
			result.put("status", finding.status().name());
			result.put("resource", finding.resource());
			result.put("message", finding.message());
			return result;
		}).toList();
		return BenchClient.JSON.writeValueAsBytes(Map.of("scannedAt", Instant.now().toString(), "results", results));
	}

	private static void report(Timings twelveScans, Timings oneScan, Timings bareSql, Timings bareSqlUnderRls,
			Timings imported, Timings raw) {
		double overBare = twelveScans.p95() / bareSql.p95();
		double overBareMedian = twelveScans.p50() / bareSql.p50();
		double history = twelveScans.p50() / oneScan.p50();
		double importRatio = raw.p50() / imported.p50();
		System.out.printf("Compliance on PostgreSQL, %,d clients x %d controls, as the application role under row-level security:%n",
				CLIENTS, CONTROLS);
		System.out.printf("  %-52s %-34s %-14s %s%n", "measure", "result", "target", "");
		row("Client Dashboard API, 12 scans each (p50/p95/mean)", times(twelveScans), "p95 <= 50 ms",
				twelveScans.p95() <= 50);
		row("bare SQL of the same rows (p50/p95/mean)", times(bareSql), "", null);
		row("  the same as the application role, under RLS", times(bareSqlUnderRls), "", null);
		row("dashboard / bare SQL (p95)", String.format("%.1fx", overBare), "<= 3x", overBare <= 3);
		row("dashboard / bare SQL (p50)", String.format("%.1fx", overBareMedian), "", null);
		row("Client Dashboard API, 1 scan each (p50/p95/mean)", times(oneScan), "", null);
		row("history: p50 after 12 scans / after 1 scan", String.format("%.2f", history), "<= 1.2", history <= 1.2);
		row("import of " + FINDINGS + " native findings (median)", throughput(imported), "", null);
		row("raw JDBC batch of the same rows (median)", throughput(raw), "", null);
		row("import / raw batch throughput", String.format("%.2f", importRatio), ">= 0.5", importRatio >= 0.5);
	}

	private static void row(String measure, String result, String target, @Nullable Boolean met) {
		System.out.printf("  %-52s %-34s %-14s %s%n", measure, result, target,
				(met == null) ? "" : (met ? "PASS" : "MISS"));
	}

	private static String times(Timings timings) {
		return String.format("%.2f / %.2f / %.2f ms", timings.p50(), timings.p95(), timings.meanMillis());
	}

	private static String throughput(Timings timings) {
		return String.format("%.0f ms, %,.0f findings/s", timings.p50(), FINDINGS / (timings.p50() / 1e3));
	}

	/** One MSP of the benchmark: its org, its OrgAdmin and that admin's API client, and its data. */
	private record Msp(UUID orgId, UUID adminId, BenchClient admin, ComplianceData data) {

		String dashboard() {
			return "/api/v1/msp/" + this.orgId + "/dashboard";
		}

	}

}
