package io.tenantry.compliance;

/** Where a scan is in its life: triggered scans queue and run; imports arrive completed. */
public enum ScanState {

	QUEUED, RUNNING, COMPLETED, FAILED;

	/** Whether the scan is still waiting for its results. */
	public boolean active() {
		return this == QUEUED || this == RUNNING;
	}

}
