package io.tenantry.scanning;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook-triggered scanning: the AES key for webhook secrets (base64 of 32 bytes; generated into the
 * data dir when absent), how long a triggered scan may run, the hosts or CIDRs outbound calls may reach
 * although private (and over plain http), the outbound timeouts, the public base URL callbacks go to,
 * and how often the scheduler looks for due schedules and for scans that timed out.
 */
@ConfigurationProperties("tenantry.scanning")
public record ScanningProperties(@Nullable String secretKey, @DefaultValue("30m") Duration timeout,
		@DefaultValue List<String> allowedHosts, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout, @Nullable String callbackBaseUrl,
		@DefaultValue("1m") Duration schedulePollInterval, @DefaultValue("1m") Duration timeoutSweepInterval) {

	/** The base of callback URLs: the configured one, else {@code fallback} (the request's or the public URL). */
	public String callbackBase(String fallback) {
		String base = (this.callbackBaseUrl != null && !this.callbackBaseUrl.isBlank()) ? this.callbackBaseUrl : fallback;
		return base.replaceAll("/+$", "");
	}

}
