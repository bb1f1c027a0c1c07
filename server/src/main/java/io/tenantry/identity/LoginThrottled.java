package io.tenantry.identity;

import java.util.Map;

import io.tenantry.platform.ProblemException;

/** Too many failed logins for an account or from an address; the answer says when to retry. */
public final class LoginThrottled extends ProblemException {

	private final long retryAfterSeconds;

	private LoginThrottled(long retryAfterSeconds) {
		super(429, "rate_limited", "Too many failed sign-in attempts; try again in " + retryAfterSeconds + " seconds.");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	static LoginThrottled retryAfter(long seconds) {
		return new LoginThrottled(Math.max(1, seconds));
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	@Override
	public Map<String, String> headers() {
		return Map.of("Retry-After", String.valueOf(this.retryAfterSeconds));
	}

}
