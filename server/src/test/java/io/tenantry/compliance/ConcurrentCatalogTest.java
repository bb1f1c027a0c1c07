package io.tenantry.compliance;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.tenantry.test.IntegrationTest;
import io.tenantry.test.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Two imports that bring the catalogue the same new framework and control at once both store. */
class ConcurrentCatalogTest extends IntegrationTest {

	@Autowired
	private CatalogRepository catalog;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void theSecondOfTwoImportsCreatingTheSameFrameworkWaitsForTheFirstAndKeepsItsRows() throws Exception {
		FrameworkRef framework = new FrameworkRef("race-" + UUID.randomUUID(), "Raced checks", true);
		ControlDefinition control = new ControlDefinition("RACE." + UUID.randomUUID(), framework.id(), "Raced check",
				null, Severity.HIGH);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CountDownLatch firstWrote = new CountDownLatch(1);
		CountDownLatch secondWaits = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult((status) -> {
			write(framework, control);
			firstWrote.countDown();
			await(secondWaits);
		}));
		assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Void> second = CompletableFuture
			.runAsync(() -> transaction.executeWithoutResult((status) -> write(framework, control)));
		awaitLockWait();
		secondWaits.countDown();

		first.get(30, TimeUnit.SECONDS);
		second.get(30, TimeUnit.SECONDS);
		assertThat(TestDatabase.asSuperuser("SELECT count(*) FROM compliance_controls WHERE control_id = ?",
				control.controlId())).isEqualTo("1");
	}

	/** What an import writes to the catalogue for a file of one framework. */
	private void write(FrameworkRef framework, ControlDefinition control) {
		this.catalog.upsertFramework(framework, null);
		this.catalog.addFileControls(List.of(control));
	}

	/** Until a statement of this database waits for a lock: the second import's insert, on the first's row. */
	private static void awaitLockWait() throws Exception {
		for (int i = 0; i < 300; i++) {
			if (!"0".equals(TestDatabase.asSuperuser("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
					+ "AND wait_event_type = 'Lock' AND query LIKE ?", "%compliance_frameworks%"))) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The second import never waited for the first");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
