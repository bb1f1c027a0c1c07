package io.tenantry.audit;

import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

/**
 * Recomputes a chain entry by entry, in sequence order: each entry must carry the next sequence
 * number, link to the previous hash, and hash to what it claims. Stops judging at the first break.
 */
public final class ChainCheck {

	private final MessageDigest sha = AuditHashing.sha256();

	private long entries;

	private String prevHash = AuditHashing.GENESIS;

	private @Nullable Long brokenAt;

	/** Checks the next entry of the chain. */
	public void accept(AuditEntry entry) {
		this.entries++;
		if (this.brokenAt != null) {
			return;
		}
		long expected = this.entries;
		if (entry.seq() != expected || !entry.prevHash().equals(this.prevHash)
				|| !entry.hash().equals(AuditHashing.hash(this.sha, entry.prevHash(), entry))) {
			this.brokenAt = Math.min(expected, entry.seq());
			return;
		}
		this.prevHash = entry.hash();
	}

	/** The chain ends here although its head says it goes on to {@code lastSeq} (rows removed at the end). */
	public void expectLast(long lastSeq) {
		if (this.brokenAt == null && lastSeq != this.entries) {
			this.brokenAt = Math.min(lastSeq, this.entries) + 1;
		}
	}

	public ChainVerification result() {
		return new ChainVerification(this.brokenAt == null, this.entries, this.brokenAt);
	}

}
