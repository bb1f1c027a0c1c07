package io.tenantry.compliance;

/** Where a planned remediation stands. */
public enum RoadmapStatus {

	PLANNED, IN_PROGRESS, DONE

}
