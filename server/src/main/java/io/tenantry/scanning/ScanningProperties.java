package io.tenantry.scanning;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook-triggered scanning: the AES key for webhook secrets (base64 of 32 bytes; generated into the
 * data dir when absent), how long a triggered scan may run, the hosts or CIDRs outbound calls may reach
 * although private (and over plain http), the outbound timeouts, and the public base URL callbacks of
 * scheduled scans go to.
 */
@ConfigurationProperties("tenantry.scanning")
public record ScanningProperties(@Nullable String secretKey, @DefaultValue("30m") Duration timeout,
		@DefaultValue List<String> allowedHosts, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout, @Nullable String callbackBaseUrl) {
}
