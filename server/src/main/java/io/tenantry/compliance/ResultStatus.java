package io.tenantry.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** Each control's rolled-up status from a scan's findings, in the order the controls first appear. */
	public static Map<String, ResultStatus> byControl(List<Finding> findings) {
		Map<String, List<ResultStatus>> results = new LinkedHashMap<>();
		findings.forEach((finding) -> results.computeIfAbsent(finding.controlId(), (id) -> new ArrayList<>())
			.add(finding.status()));
		Map<String, ResultStatus> statuses = new LinkedHashMap<>();
		results.forEach((controlId, statusesOfControl) -> statuses.put(controlId, rollUp(statusesOfControl)));
		return statuses;
	}

}
