package io.tenantry.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/** Passing / (passing + failing) controls as a percentage with one decimal; null when nothing passed or failed. */
public final class ComplianceScore {

	private ComplianceScore() {
	}

	public static @Nullable BigDecimal of(int passing, int failing) {
		if (passing + failing == 0) {
			return null;
		}
		return BigDecimal.valueOf(passing * 100L).divide(BigDecimal.valueOf(passing + failing), 1, RoundingMode.HALF_UP);
	}

}
