package io.tenantry.identity;

import java.util.function.Supplier;

/**
 * Marks the work of finding out who is signed in (loading a session, resolving a bearer token):
 * it reads only rows that every connection may read (sessions, users, tokens and API keys by their
 * hash), so whom a connection names for row-level security cannot change its answer, and the data
 * source may hand it a pooled connection as it is.
 */
public final class PrincipalLookup {

	private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

	private PrincipalLookup() {
	}

	public static <T> T run(Supplier<T> lookup) {
		if (active()) {
			return lookup.get();
		}
		ACTIVE.set(Boolean.TRUE);
		try {
			return lookup.get();
		}
		finally {
			ACTIVE.remove();
		}
	}

	/** Whether this thread is finding out who is signed in. */
	public static boolean active() {
		return ACTIVE.get() != null;
	}

}
