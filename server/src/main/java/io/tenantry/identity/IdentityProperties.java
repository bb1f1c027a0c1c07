package io.tenantry.identity;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Identity settings under {@code tenantry.identity}.
 *
 * @param tokenLifetime how long an API bearer token works
 * @param publicUrl the base of links in mails; {@code http://localhost:<port>} when unset
 * @param mailFrom the sender of the mails the platform sends
 * @param invitationLifetime how long an invitation link works
 * @param resetLifetime how long a password-reset link works
 * @param mfaKey base64 AES key that encrypts TOTP secrets; generated into the data directory when unset
 * @param throttle how many failed logins are allowed before answering 429
 */
@ConfigurationProperties("tenantry.identity")
@Validated
public record IdentityProperties(@DefaultValue("12h") Duration tokenLifetime, @Nullable String publicUrl,
		@DefaultValue("tenantry@localhost") String mailFrom, @DefaultValue("7d") Duration invitationLifetime,
		@DefaultValue("1h") Duration resetLifetime, @Nullable String mfaKey, @DefaultValue Throttle throttle) {

	/**
	 * Failed logins allowed per account and per client IP within one window; each window refills
	 * the allowance gradually.
	 */
	public record Throttle(@DefaultValue("5") @Positive int accountFailures, @DefaultValue("50") @Positive int ipFailures,
			@DefaultValue("15m") Duration window) {
	}

}
