package io.tenantry.scanning;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * New scanning settings. The URLs replace the stored ones (absent clears them); an absent secret
 * keeps the stored one and an empty one removes it; absent stale-after days and schedule stay as they are.
 */
public record UpdateScanSettings(@Nullable @Size(max = 2000) String webhookUrl,
		@Nullable @Size(max = 500) String webhookSecret, @Nullable @Size(max = 2000) String remediationWebhookUrl,
		@Nullable @Min(1) Integer scanStaleAfterDays, @Nullable ScanSchedule schedule) {
}
