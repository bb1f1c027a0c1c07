/**
 * Frameworks and controls, scans and their results, score, overrides, the per-org compliance
 * summary, and the work on a control: comments, assignments, roadmap items and remediations.
 */
@org.jspecify.annotations.NullMarked
package io.tenantry.compliance;
