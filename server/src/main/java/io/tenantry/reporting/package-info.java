/**
 * Reports of an org's compliance: the monthly summary PDF in the client's branding, the controls
 * CSV, and evidence bundles of scans that the MSP shares with the client's portal.
 */
@org.jspecify.annotations.NullMarked
package io.tenantry.reporting;
