package io.tenantry.compliance;

import java.util.Collection;

/** The outcome of a control in a scan, or of one of its findings. */
public enum ResultStatus {

	// Declared in the order a control's findings roll up: the first present wins.
	FAIL, PASS, ERROR, MANUAL, NOT_APPLICABLE;

	/** A control's status from its findings: FAIL if any fails, else PASS if any passes, else ERROR, MANUAL, N/A. */
	public static ResultStatus rollUp(Collection<ResultStatus> statuses) {
		ResultStatus worst = NOT_APPLICABLE;
		for (ResultStatus status : statuses) {
			if (status.ordinal() < worst.ordinal()) {
				worst = status;
			}
		}
		return worst;
	}

}
