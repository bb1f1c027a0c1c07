package io.tenantry.audit;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.tenantry.audit.AuditRepository.Head;
import io.tenantry.audit.RequestOrigin.Origin;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends an event's entry to each chain it names. Each append locks the chain's head row, so
 * concurrent appends to one chain take turns and every entry links to the one before it.
 */
@Component
class AuditAppender {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final AuditRepository repository;

	private final RequestOrigin origin;

	private final Clock clock;

	AuditAppender(AuditRepository repository, RequestOrigin origin, Clock clock) {
		this.repository = repository;
		this.origin = origin;
		this.clock = clock;
	}

	/** In the caller's transaction, which must exist: the change and its entry commit together. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void appendWithChange(AuditableEvent event) {
		append(event);
	}

	/** In a transaction of its own, which survives the caller's rollback. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void appendStandalone(AuditableEvent event) {
		append(event);
	}

	private void append(AuditableEvent event) {
		Origin origin = this.origin.current(event.actor());
		String details = JSON.writeValueAsString(event.details());
		for (UUID chain : chains(event)) {
			Head head = this.repository.lockHead(chain);
			AuditEntry unhashed = new AuditEntry(AuditRepository.PLATFORM.equals(chain) ? null : chain,
					head.lastSeq() + 1, AuditHashing.truncate(this.clock.instant()),
					(origin.actor() != null) ? origin.actor().id() : null,
					(origin.actor() != null) ? origin.actor().email() : null, origin.ip(), origin.userAgent(),
					event.action(), event.target(), details, event.actingThroughOrgId(), event.tier(), head.lastHash(), "");
			this.repository.append(chain, withHash(unhashed));
		}
	}

	/** The chains in a fixed order, so that two events naming the same chains lock them alike. */
	private static Set<UUID> chains(AuditableEvent event) {
		Set<UUID> chains = new TreeSet<>(event.alsoIn());
		chains.add((event.orgId() != null) ? event.orgId() : AuditRepository.PLATFORM);
		return chains;
	}

	private static AuditEntry withHash(AuditEntry e) {
		return new AuditEntry(e.orgId(), e.seq(), e.at(), e.actorId(), e.actorEmail(), e.ip(), e.userAgent(), e.action(),
				e.target(), e.details(), e.onBehalfOfOrgId(), e.onBehalfOfTier(), e.prevHash(),
				AuditHashing.hash(e.prevHash(), e));
	}

}
