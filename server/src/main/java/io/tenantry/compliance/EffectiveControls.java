package io.tenantry.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.compliance.ScanRepository.ScannedControl;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** The one place that decides effective status: an active override's status, else the latest scan's. */
@Component
class EffectiveControls {

	private final ScanRepository scans;

	private final OverrideRepository overrides;

	EffectiveControls(ScanRepository scans, OverrideRepository overrides) {
		this.scans = scans;
		this.overrides = overrides;
	}

	/** The org's latest completed scan, its controls' effective statuses, and when the next applied override expires. */
	Snapshot of(UUID orgId, Instant now) {
		Optional<ScanView> latest = this.scans.latestCompleted(orgId);
		return latest.isEmpty() ? Snapshot.NONE : snapshot(orgId, latest.get(), this.overrides.active(orgId, now));
	}

	/** As {@link #of} for an earlier moment: the last scan completed before it and the overrides active then. */
	Snapshot asOf(UUID orgId, Instant at) {
		Optional<ScanView> latest = this.scans.latestCompletedBefore(orgId, at);
		return latest.isEmpty() ? Snapshot.NONE : snapshot(orgId, latest.get(), this.overrides.active(orgId, at));
	}

	private Snapshot snapshot(UUID orgId, ScanView scan, List<OverrideView> overrides) {
		Map<String, OverrideView> active = new HashMap<>();
		overrides.forEach((override) -> active.putIfAbsent(override.controlId(), override));
		Instant nextExpiry = null;
		List<ScannedControl> scanned = this.scans.controls(orgId, scan.id());
		List<ControlView> controls = new ArrayList<>(scanned.size());
		for (ScannedControl control : scanned) {
			OverrideView override = active.get(control.controlId());
			if (override != null && override.expiresAt() != null
					&& (nextExpiry == null || override.expiresAt().isBefore(nextExpiry))) {
				nextExpiry = override.expiresAt();
			}
			controls.add(new ControlView(control.controlId(), control.frameworkId(), control.title(),
					control.severity(), (override != null) ? override.status() : control.status(), override != null,
					control.status()));
		}
		return new Snapshot(scan, controls, nextExpiry);
	}

	record Snapshot(@Nullable ScanView scan, List<ControlView> controls, @Nullable Instant nextExpiry) {

		static final Snapshot NONE = new Snapshot(null, List.of(), null);

		int count(ResultStatus status) {
			return (int) this.controls.stream().filter((control) -> control.status() == status).count();
		}

		int failing(Severity severity) {
			return (int) this.controls.stream()
				.filter((control) -> control.status() == ResultStatus.FAIL && control.severity() == severity)
				.count();
		}

	}

}
