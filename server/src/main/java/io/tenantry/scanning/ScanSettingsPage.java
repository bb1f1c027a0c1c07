package io.tenantry.scanning;

import java.util.UUID;

/** What the Cloud Scanning settings page shows: the org, its settings, and what else the caller may do there. */
public record ScanSettingsPage(UUID orgId, String orgName, ScanSettings settings, boolean canTrigger,
		boolean canImport) {
}
