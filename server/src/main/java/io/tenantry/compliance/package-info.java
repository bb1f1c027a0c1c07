/** Frameworks and controls, scans and their results, score, overrides and the per-org compliance summary. */
@org.jspecify.annotations.NullMarked
package io.tenantry.compliance;
