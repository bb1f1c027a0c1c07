package io.tenantry.access;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.access.ApiKeyRepository.LiveKey;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.AgentKeys;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.SecretTokens;
import io.tenantry.platform.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Org API keys, managed with {@code apikey:manage}. A key ({@code tnt_…}) authenticates as a
 * principal of its own, named {@code apikey:<prefix>} in the audit trail, that reaches its org
 * alone through {@link ApiKeyGrantPath}. Keys belong to the org, not to whoever created them.
 */
@Service
public class ApiKeys implements AgentKeys {

	/** How a key's principal is named (its email), so that the trail and the grant path tell it from a person. */
	static final String PRINCIPAL_PREFIX = "apikey:";

	static final String KEY_PREFIX = "tnt_";

	private static final int SHOWN_CHARACTERS = 8;

	private final ApiKeyRepository repository;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiKeys(ApiKeyRepository repository, AccessService access, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public CreatedApiKey create(CurrentUser caller, UUID orgId, CreateApiKey command) {
		OrgAccess access = this.access.require(caller, orgId, Capability.APIKEY_MANAGE);
		Instant now = this.clock.instant();
		if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
			throw ProblemException.invalid("expiresAt", "must be in the future");
		}
		String secret = KEY_PREFIX + SecretTokens.random();
		ApiKey key = new ApiKey(UUID.randomUUID(), command.name().strip(),
				secret.substring(0, KEY_PREFIX.length() + SHOWN_CHARACTERS), now, command.expiresAt(), caller.id(), null, null);
		this.repository.insert(orgId, key, SecretTokens.hash(secret));
		Map<String, Object> details = new LinkedHashMap<>(Map.of("name", key.name(), "prefix", key.prefix()));
		if (key.expiresAt() != null) {
			details.put("expiresAt", key.expiresAt().toString());
		}
		audit(access, "apikey.created", key, details);
		return new CreatedApiKey(key.id(), key.name(), secret, key.prefix(), key.createdAt(), key.expiresAt(), key.createdBy());
	}

	@Transactional(readOnly = true)
	public List<ApiKey> list(CurrentUser caller, UUID orgId) {
		this.access.require(caller, orgId, Capability.APIKEY_MANAGE);
		return this.repository.list(orgId);
	}

	/** Revokes a key at once; a key revoked before is a conflict. */
	@Transactional
	public void revoke(CurrentUser caller, UUID orgId, UUID keyId) {
		OrgAccess access = this.access.require(caller, orgId, Capability.APIKEY_MANAGE);
		ApiKey key = this.repository.find(orgId, keyId)
			.orElseThrow(() -> ProblemException.notFound("No API key " + keyId + " in this organization."));
		if (key.revokedAt() != null) {
			throw ProblemException.conflict("The API key " + keyId + " is already revoked.");
		}
		this.repository.revoke(orgId, keyId, this.clock.instant());
		audit(access, "apikey.revoked", key, Map.of("name", key.name(), "prefix", key.prefix()));
	}

	@Override
	public Optional<CurrentUser> authenticate(String key) {
		if (!key.startsWith(KEY_PREFIX)) {
			return Optional.empty();
		}
		return this.repository.findLiveByHash(SecretTokens.hash(key), this.clock.instant()).map(ApiKeys::principal);
	}

	@Override
	public void used(CurrentUser agent) {
		this.repository.markUsed(agent.id(), this.clock.instant());
	}

	private static CurrentUser principal(LiveKey key) {
		return new CurrentUser(key.id(), PRINCIPAL_PREFIX + key.prefix(), key.name(), false);
	}

	private void audit(OrgAccess access, String action, ApiKey key, Map<String, Object> details) {
		this.events.publishEvent(AuditEvent.of(access.orgId(), action, key.id(), details)
			.withOnBehalfOf(access.actingThrough(), access.tier()));
	}

}
