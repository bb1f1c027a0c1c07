package io.tenantry.portal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A client's request that its MSP change something. Only an open request can be decided, once:
 * {@link #approve} and {@link #reject} refuse every other move.
 */
public record ChangeRequest(UUID id, UUID orgId, ChangeKind kind, @Nullable String target, JsonNode details,
		ChangeStatus status, UUID requestedBy, Instant createdAt, @Nullable UUID decidedBy, @Nullable Instant decidedAt,
		@Nullable String comment) {

	static ChangeRequest open(UUID orgId, ChangeKind kind, @Nullable String target, JsonNode details, UUID requestedBy,
			Instant now) {
		return new ChangeRequest(UUID.randomUUID(), orgId, kind, target, details, ChangeStatus.OPEN, requestedBy, now,
				null, null, null);
	}

	/** Approved: DONE for what the platform executed, APPROVED for what the MSP carries out itself. */
	ChangeRequest approve(UUID by, @Nullable String comment, Instant at) {
		return decide(this.kind.executable() ? ChangeStatus.DONE : ChangeStatus.APPROVED, by, comment, at);
	}

	ChangeRequest reject(UUID by, @Nullable String comment, Instant at) {
		return decide(ChangeStatus.REJECTED, by, comment, at);
	}

	private ChangeRequest decide(ChangeStatus outcome, UUID by, @Nullable String comment, Instant at) {
		if (this.status != ChangeStatus.OPEN) {
			throw ProblemException.conflict("This change request was already decided (" + this.status + ").");
		}
		return new ChangeRequest(this.id, this.orgId, this.kind, this.target, this.details, outcome, this.requestedBy,
				this.createdAt, by, at, comment);
	}

	/** The user a member kind names by id (remove-member, change-role); none for the other kinds. */
	Optional<UUID> memberTarget() {
		boolean byId = this.kind == ChangeKind.REMOVE_MEMBER || this.kind == ChangeKind.CHANGE_ROLE;
		return (byId && this.target != null) ? Optional.of(UUID.fromString(this.target)) : Optional.empty();
	}

}
