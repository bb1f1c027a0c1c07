package io.tenantry.access;

/** What access needs to know of an org itself: whether it is archived and whether it runs the MSP portal. */
public record OrgState(boolean archived, boolean mspPortalEnabled) {
}
