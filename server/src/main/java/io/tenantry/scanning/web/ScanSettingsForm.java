package io.tenantry.scanning.web;

import io.tenantry.scanning.ScanSchedule;
import io.tenantry.scanning.ScanSettings;
import io.tenantry.scanning.UpdateScanSettings;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The Cloud Scanning form. The secret field is never filled in: left empty it keeps the stored
 * secret, and the remove button ({@code removeSecret}) deletes it.
 */
record ScanSettingsForm(@Nullable @Size(max = 2000) String webhookUrl, @Nullable @Size(max = 500) String webhookSecret,
		@Nullable Boolean removeSecret, @Nullable @Size(max = 2000) String remediationWebhookUrl,
		@NotNull @Min(1) Integer scanStaleAfterDays, @NotNull ScanSchedule schedule) {

	static ScanSettingsForm of(ScanSettings settings) {
		return new ScanSettingsForm(settings.webhookUrl(), null, null, settings.remediationWebhookUrl(),
				settings.scanStaleAfterDays(), settings.schedule());
	}

	UpdateScanSettings toCommand() {
		String secret = Boolean.TRUE.equals(this.removeSecret) ? ""
				: (this.webhookSecret != null && !this.webhookSecret.isEmpty()) ? this.webhookSecret : null;
		return new UpdateScanSettings(this.webhookUrl, secret, this.remediationWebhookUrl, this.scanStaleAfterDays,
				this.schedule);
	}

}
