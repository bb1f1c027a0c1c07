package io.tenantry.identity;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.tenantry.identity.IdentityProperties.Throttle;

import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in token buckets: each failure takes
 * a token, a window refills them, and an empty bucket refuses further attempts until it refills.
 * Buckets live in this node's memory; with several nodes each allows its own share.
 */
@Component
class LoginThrottle {

	// Only failures create buckets; the cap bounds memory if an attacker spreads failures widely.
	private static final int MAX_BUCKETS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Throttle limits;

	private final TimeMeter time;

	LoginThrottle(IdentityProperties properties, Clock clock) {
		this.limits = properties.throttle();
		this.time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return TimeUnit.MILLISECONDS.toNanos(clock.millis());
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}

	/** Refuses an attempt while the account or the address has no failures left. */
	void check(String email, String clientIp) {
		long waitNanos = Math.max(waitNanos(accountKey(email)), waitNanos(ipKey(clientIp)));
		if (waitNanos > 0) {
			throw LoginThrottled.retryAfter(TimeUnit.NANOSECONDS.toSeconds(waitNanos) + 1);
		}
	}

	void failed(String email, String clientIp) {
		if (this.buckets.size() > MAX_BUCKETS) {
			this.buckets.clear();
		}
		this.buckets.computeIfAbsent(accountKey(email), (key) -> bucket(this.limits.accountFailures())).tryConsume(1);
		this.buckets.computeIfAbsent(ipKey(clientIp), (key) -> bucket(this.limits.ipFailures())).tryConsume(1);
	}

	private long waitNanos(String key) {
		Bucket bucket = this.buckets.get(key);
		return (bucket == null) ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
	}

	private Bucket bucket(int failures) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(failures).refillGreedy(failures, this.limits.window()))
			.withCustomTimePrecision(this.time)
			.build();
	}

	private static String accountKey(String email) {
		return "account:" + UserRepository.emailKey(email);
	}

	private static String ipKey(String clientIp) {
		return "ip:" + clientIp;
	}

}
