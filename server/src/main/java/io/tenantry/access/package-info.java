/**
 * The one place that answers "what may this principal do in this org?": the union of every grant
 * path (SuperAdmin, membership, MSP tier, auditor grant, an org's API key), as capabilities.
 */
@org.jspecify.annotations.NullMarked
package io.tenantry.access;
