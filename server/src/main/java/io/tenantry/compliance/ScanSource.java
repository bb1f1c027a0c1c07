package io.tenantry.compliance;

/** How a scan's results arrived. */
public enum ScanSource {

	IMPORT, WEBHOOK

}
