package io.tenantry.scanning;

import org.jspecify.annotations.Nullable;

/** An org's scanning settings as the API shows them: the webhook secret never leaves, only whether one is set. */
public record ScanSettings(@Nullable String webhookUrl, boolean webhookSecretSet, @Nullable String remediationWebhookUrl,
		int scanStaleAfterDays, ScanSchedule schedule) {
}
