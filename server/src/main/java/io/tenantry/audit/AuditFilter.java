package io.tenantry.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which entries of a chain to list, newest first: at most {@code limit} (1–500) with a sequence
 * number below {@code before}, an actor email containing {@code actor}, an action starting with
 * {@code action}, a time in [{@code from}, {@code to}).
 */
public record AuditFilter(int limit, @Nullable Long before, @Nullable String actor, @Nullable String action,
		@Nullable Instant from, @Nullable Instant to) {

	public static final int MAX_LIMIT = 500;

	public AuditFilter {
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
		actor = blankToNull(actor);
		action = blankToNull(action);
	}

	/** The newest entries before a sequence number, unfiltered. */
	public static AuditFilter page(int limit, @Nullable Long before) {
		return new AuditFilter(limit, before, null, null, null, null);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
