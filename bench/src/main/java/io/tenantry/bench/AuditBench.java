package io.tenantry.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.tenantry.audit.AuditActor;
import io.tenantry.audit.AuditEntry;
import io.tenantry.audit.AuditEvent;
import io.tenantry.audit.AuditFilter;
import io.tenantry.audit.AuditHashing;
import io.tenantry.audit.AuditLog;
import io.tenantry.audit.ChainCheck;
import io.tenantry.audit.ChainVerification;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the audit trail on PostgreSQL with the application's own classes: append throughput
 * (1 writer, then 8 concurrent writers on one chain and on a chain each), and verification speed
 * as a ratio to raw SHA-256 over the same bytes. {@code -Dbench.entries=N} sets the appends per run.
 */
public final class AuditBench {

	private static final int ENTRIES = Integer.getInteger("bench.entries", 4000);

	private static final int ROUNDS = 7;

	private static final AuditActor WRITER = AuditActor.of(UUID.randomUUID(), "bench-writer@example.test");

	private static final AuditActor READER = new SuperAdmin(UUID.randomUUID(), "bench-reader@example.test");

	private final ConfigurableApplicationContext app;

	private final TransactionTemplate transaction;

	private AuditBench(ConfigurableApplicationContext app) {
		this.app = app;
		this.transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
	}

	public static void main(String[] args) throws Exception {
		// As the owner: the bench reads every chain without a signed-in user.
		try (BenchDatabase database = new BenchDatabase();
				ConfigurableApplicationContext app = database.start(BenchDatabase.OWNER_ROLE)) {
			new AuditBench(app).run();
		}
	}

	private void run() throws Exception {
		appendsPerSecond(1, false, ENTRIES / 4);
		double one = appendsPerSecond(1, false, ENTRIES);
		double shared = appendsPerSecond(8, false, ENTRIES);
		double own = appendsPerSecond(8, true, ENTRIES);
		System.out.printf("Audit appends on PostgreSQL, %d per run, each in its own transaction:%n", ENTRIES);
		System.out.printf("  1 writer:                  %,8.0f entries/s%n", one);
		System.out.printf("  8 writers, one chain:      %,8.0f entries/s  (%.2fx 1 writer)%n", shared, shared / one);
		System.out.printf("  8 writers, a chain each:   %,8.0f entries/s  (%.2fx 1 writer)%n", own, own / one);
		verification();
	}

	/** Appends {@code total} entries from {@code writers} threads: to the platform chain, or to one chain each. */
	private double appendsPerSecond(int writers, boolean chainEach, int total) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				UUID chain = chainEach ? UUID.randomUUID() : null;
				done.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < total / writers; i++) {
						append(chain, i);
					}
					return null;
				}));
			}
			long began = System.nanoTime();
			start.countDown();
			for (Future<?> writer : done) {
				writer.get();
			}
			return (total / writers * writers) / seconds(System.nanoTime() - began);
		}
		finally {
			pool.shutdown();
		}
	}

	private void append(@Nullable UUID chain, int i) {
		AuditEvent event = AuditEvent.of(chain, "bench.appended", UUID.randomUUID(), Map.of("n", i, "note", "benchmark"))
			.withActor(WRITER);
		this.transaction.executeWithoutResult((status) -> this.app.publishEvent(event));
	}

	private void verification() throws Exception {
		AuditLog log = this.app.getBean(AuditLog.class);
		List<AuditEntry> chain = platformChain(log);
		byte[][] bytes = new byte[chain.size()][];
		for (int i = 0; i < bytes.length; i++) {
			AuditEntry entry = chain.get(i);
			bytes[i] = (entry.prevHash() + AuditHashing.canonical(entry)).getBytes(StandardCharsets.UTF_8);
		}
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		long raw = best(() -> {
			for (byte[] entry : bytes) {
				sha.digest(entry);
			}
		});
		long check = best(() -> {
			ChainCheck verifier = new ChainCheck();
			chain.forEach(verifier::accept);
			require(verifier.result());
		});
		long database = best(() -> require(log.verify(READER, null)));
		double n = chain.size();
		System.out.printf("Verification of a %,d-entry chain (best of %d):%n", chain.size(), ROUNDS);
		System.out.printf("  raw SHA-256 of the same bytes: %,10.0f entries/s%n", n / seconds(raw));
		System.out.printf("  ChainCheck in memory:          %,10.0f entries/s  (ratio %.2f to raw SHA-256)%n",
				n / seconds(check), (double) raw / check);
		System.out.printf("  AuditLog.verify from database: %,10.0f entries/s  (ratio %.2f to raw SHA-256)%n",
				n / seconds(database), (double) raw / database);
	}

	/** The platform chain in sequence order, read a page at a time as the API does. */
	private static List<AuditEntry> platformChain(AuditLog log) {
		List<AuditEntry> entries = new ArrayList<>();
		Long before = null;
		for (List<AuditEntry> page = log.entries(READER, null, AuditFilter.page(AuditFilter.MAX_LIMIT, null));
				!page.isEmpty(); page = log.entries(READER, null, AuditFilter.page(AuditFilter.MAX_LIMIT, before))) {
			entries.addAll(page);
			before = page.get(page.size() - 1).seq();
		}
		Collections.reverse(entries);
		return entries;
	}

	private static void require(ChainVerification result) {
		if (!result.valid()) {
			throw new IllegalStateException("The chain does not verify: " + result);
		}
	}

	/** The fastest of a few rounds after as many warm-up rounds, in nanoseconds. */
	private static long best(Runnable round) {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 2 * ROUNDS; i++) {
			long began = System.nanoTime();
			round.run();
			long took = System.nanoTime() - began;
			if (i >= ROUNDS) {
				best = Math.min(best, took);
			}
		}
		return best;
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	/** The benchmark's reader of the platform chain. */
	private record SuperAdmin(UUID id, String email) implements AuditActor {

		@Override
		public boolean superAdmin() {
			return true;
		}

	}

}
