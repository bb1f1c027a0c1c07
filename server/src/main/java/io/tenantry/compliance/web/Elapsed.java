package io.tenantry.compliance.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.compliance.ScanView;

/** How long each running scan has been running, as the scans list shows it ("2 min 05 s"). */
final class Elapsed {

	private Elapsed() {
	}

	static Map<UUID, String> of(List<ScanView> scans, Instant now) {
		Map<UUID, String> elapsed = new HashMap<>();
		scans.stream()
			.filter((scan) -> scan.status().active() && scan.startedAt() != null)
			.forEach((scan) -> elapsed.put(scan.id(), format(Duration.between(scan.startedAt(), now))));
		return elapsed;
	}

	static String format(Duration duration) {
		Duration positive = duration.isNegative() ? Duration.ZERO : duration;
		if (positive.toHours() > 0) {
			return "%d h %02d min".formatted(positive.toHours(), positive.toMinutesPart());
		}
		if (positive.toMinutes() > 0) {
			return "%d min %02d s".formatted(positive.toMinutes(), positive.toSecondsPart());
		}
		return positive.toSeconds() + " s";
	}

}
