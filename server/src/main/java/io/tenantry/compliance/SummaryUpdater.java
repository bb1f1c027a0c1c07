package io.tenantry.compliance;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.tenantry.compliance.EffectiveControls.Snapshot;
import io.tenantry.compliance.SummaryRepository.SummaryRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rewrites an org's summary row from its latest scan and active overrides: inside the transaction of
 * the change that calls for it, or in one of its own for a read that finds the row due.
 */
@Component
class SummaryUpdater {

	private final EffectiveControls effective;

	private final SummaryRepository summaries;

	private final Clock clock;

	SummaryUpdater(EffectiveControls effective, SummaryRepository summaries, Clock clock) {
		this.effective = effective;
		this.summaries = summaries;
		this.clock = clock;
	}

	@Transactional
	SummaryRow recompute(UUID orgId) {
		Instant now = this.clock.instant();
		this.summaries.lock(orgId, now);
		Snapshot snapshot = this.effective.of(orgId, now);
		int passing = snapshot.count(ResultStatus.PASS);
		int failing = snapshot.count(ResultStatus.FAIL);
		SummaryRow row = new SummaryRow(orgId, (snapshot.scan() != null) ? snapshot.scan().id() : null,
				(snapshot.scan() != null) ? snapshot.scan().completedAt() : null, ComplianceScore.of(passing, failing),
				passing, failing, snapshot.failing(Severity.CRITICAL), snapshot.failing(Severity.HIGH),
				snapshot.nextExpiry());
		this.summaries.save(row, now);
		return row;
	}

}
