package io.tenantry.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The ready-made {@link AuditableEvent}: one line per change, e.g.
 * {@code events.publishEvent(AuditEvent.of(orgId, "member.added", userId.toString(), Map.of("role", role)))}.
 * The {@code with…} methods return a copy with one more fact.
 */
public record AuditEvent(@Nullable UUID orgId, String action, @Nullable String target, Map<String, Object> details,
		List<UUID> alsoIn, @Nullable UUID actingThroughOrgId, @Nullable String tier, @Nullable AuditActor actor,
		boolean standalone) implements AuditableEvent {

	public AuditEvent {
		details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
		alsoIn = List.copyOf(alsoIn);
	}

	/** A change in an org's chain, or in the platform chain when {@code orgId} is {@code null}. */
	public static AuditEvent of(@Nullable UUID orgId, String action, @Nullable Object target, Map<String, Object> details) {
		return new AuditEvent(orgId, action, (target != null) ? target.toString() : null, details, List.of(), null, null,
				null, false);
	}

	/** A SuperAdmin-level change, recorded in the platform chain. */
	public static AuditEvent platform(String action, @Nullable Object target, Map<String, Object> details) {
		return of(null, action, target, details);
	}

	/** The same entry, also recorded in these orgs' chains. */
	public AuditEvent withAlsoIn(UUID... orgIds) {
		return new AuditEvent(this.orgId, this.action, this.target, this.details, List.of(orgIds),
				this.actingThroughOrgId, this.tier, this.actor, this.standalone);
	}

	/** Taken through an MSP relationship: the MSP org and the tier's name ({@code T2}); no-op for {@code null}. */
	public AuditEvent withOnBehalfOf(@Nullable UUID mspOrgId, @Nullable Object tier) {
		return new AuditEvent(this.orgId, this.action, this.target, this.details, this.alsoIn, mspOrgId,
				(mspOrgId != null && tier != null) ? tier.toString() : null, this.actor, this.standalone);
	}

	/** Names the actor where no principal is authenticated yet (logins). */
	public AuditEvent withActor(AuditActor actor) {
		return new AuditEvent(this.orgId, this.action, this.target, this.details, this.alsoIn, this.actingThroughOrgId,
				this.tier, actor, this.standalone);
	}

	/** Written in its own transaction, surviving the caller's rollback (failed logins). */
	public AuditEvent asStandalone() {
		return new AuditEvent(this.orgId, this.action, this.target, this.details, this.alsoIn, this.actingThroughOrgId,
				this.tier, this.actor, true);
	}

}
