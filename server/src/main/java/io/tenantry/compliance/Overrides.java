package io.tenantry.compliance;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records who overrode which control's status, why and until when; the newest unexpired one applies. */
@Service
public class Overrides {

	private final OverrideRepository overrides;

	private final CatalogRepository catalog;

	private final SummaryUpdater summaries;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Overrides(OverrideRepository overrides, CatalogRepository catalog, SummaryUpdater summaries, AccessService access,
			ApplicationEventPublisher events, Clock clock) {
		this.overrides = overrides;
		this.catalog = catalog;
		this.summaries = summaries;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public OverrideView create(CurrentUser caller, UUID orgId, CreateOverride command) {
		OrgAccess access = this.access.require(caller, orgId, Capability.OVERRIDE_CREATE);
		Instant now = this.clock.instant();
		if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
			throw ProblemException.invalid("expiresAt", "must be in the future");
		}
		String controlId = command.controlId().trim();
		this.catalog.require(orgId, controlId);
		OverrideView override = new OverrideView(UUID.randomUUID(), controlId, command.status(),
				command.reason().trim(), command.expiresAt(), caller.email(), now);
		this.overrides.insert(orgId, override, caller.id());
		this.summaries.recompute(orgId);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("status", override.status().name());
		details.put("reason", override.reason());
		details.put("expiresAt", String.valueOf(override.expiresAt()));
		this.events.publishEvent(AuditEvent.of(orgId, "override.created", controlId, details)
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return override;
	}

}
