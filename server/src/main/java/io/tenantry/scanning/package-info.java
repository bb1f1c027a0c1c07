/**
 * Getting scan results in (importers of real scanner output, webhook-triggered scans) and
 * remediations out, through the org's webhooks.
 */
@org.jspecify.annotations.NullMarked
package io.tenantry.scanning;
