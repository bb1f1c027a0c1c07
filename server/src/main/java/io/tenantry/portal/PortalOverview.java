package io.tenantry.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.tenantry.compliance.ControlView;
import io.tenantry.compliance.ResultStatus;
import io.tenantry.compliance.Severity;
import org.jspecify.annotations.Nullable;

/** What the portal shows of a tenant's compliance: score per framework and the failing controls that matter. */
public record PortalOverview(Map<String, @Nullable BigDecimal> scoreByFramework, List<ControlView> criticalAndHighFailing) {

	public static PortalOverview of(List<ControlView> controls) {
		Map<String, int[]> counts = new TreeMap<>();
		for (ControlView control : controls) {
			int[] passFail = counts.computeIfAbsent(control.framework(), (framework) -> new int[2]);
			if (control.status() == ResultStatus.PASS) {
				passFail[0]++;
			}
			else if (control.status() == ResultStatus.FAIL) {
				passFail[1]++;
			}
		}
		Map<String, @Nullable BigDecimal> scores = new TreeMap<>();
		counts.forEach((framework, passFail) -> scores.put(framework, score(passFail[0], passFail[1])));
		List<ControlView> failing = controls.stream()
			.filter((control) -> control.status() == ResultStatus.FAIL)
			.filter((control) -> control.severity() == Severity.CRITICAL || control.severity() == Severity.HIGH)
			.sorted(java.util.Comparator.comparing(ControlView::severity).thenComparing(ControlView::controlId))
			.toList();
		return new PortalOverview(scores, failing);
	}

	private static @Nullable BigDecimal score(int passing, int failing) {
		if (passing + failing == 0) {
			return null;
		}
		return BigDecimal.valueOf(passing * 100L).divide(BigDecimal.valueOf(passing + failing), 1, RoundingMode.HALF_UP);
	}

}
