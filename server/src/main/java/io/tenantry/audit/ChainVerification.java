package io.tenantry.audit;

import org.jspecify.annotations.Nullable;

/** The result of recomputing a chain: {@code brokenAtSeq} is the first sequence number that fails. */
public record ChainVerification(boolean valid, long entries, @Nullable Long brokenAtSeq) {
}
