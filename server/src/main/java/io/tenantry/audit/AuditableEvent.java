package io.tenantry.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A state change to record in the audit trail. Publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that makes the change: the entry is
 * appended in that same transaction, so the change and its entry commit together or not at all
 * (publishing outside a transaction fails, unless {@link #standalone()}). The actor, IP address
 * and user agent come from the current request; publishers name only what happened.
 * {@link AuditEvent} is the ready-made implementation.
 */
public interface AuditableEvent {

	/** The org whose chain records the change, or {@code null} for the platform chain. */
	@Nullable UUID orgId();

	/** What happened, as {@code noun.verb} in the past tense, e.g. {@code org.created}, {@code member.added}. */
	String action();

	/** What it happened to, e.g. a user or org id; {@code null} when the action names it. */
	@Nullable String target();

	/** Facts worth keeping, e.g. {@code before}/{@code after} values; serialized as JSON. */
	Map<String, Object> details();

	/** Further org chains that record the same entry, e.g. the client of an MSP-side change. */
	default List<UUID> alsoIn() {
		return List.of();
	}

	/** The MSP org the actor acted through, when the action came through an MSP relationship. */
	default @Nullable UUID actingThroughOrgId() {
		return null;
	}

	/** The tier ({@code T1|T2|T3}) of that MSP relationship. */
	default @Nullable String tier() {
		return null;
	}

	/**
	 * The actor when no authenticated principal is in the request yet (a login); otherwise the
	 * request's principal is recorded and this is ignored.
	 */
	default @Nullable AuditActor actor() {
		return null;
	}

	/**
	 * Whether the entry is written in a transaction of its own, so that it survives the rollback
	 * of the caller's (a failed login). The caller's transaction must not have appended to the
	 * same chain, or the two would wait for each other.
	 */
	default boolean standalone() {
		return false;
	}

}
