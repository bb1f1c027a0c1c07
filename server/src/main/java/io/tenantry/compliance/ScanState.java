package io.tenantry.compliance;

/** Where a scan is in its life: triggered scans queue and run; imports arrive completed. */
public enum ScanState {

	QUEUED, RUNNING, COMPLETED, FAILED

}
