package io.tenantry.access;

import java.time.Clock;
import java.util.List;

import io.tenantry.access.ApiKeyRepository.LiveKey;
import io.tenantry.identity.CurrentUser;

import org.springframework.stereotype.Component;

/** An org's live API key reaches that org alone, with {@link Capabilities#AGENT}. */
@Component
class ApiKeyGrantPath implements GrantPath {

	private final ApiKeyRepository keys;

	private final Clock clock;

	ApiKeyGrantPath(ApiKeyRepository keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	@Override
	public List<Grant> grants(CurrentUser principal) {
		// A person is never a key: spare every access check of a person the lookup.
		if (!principal.email().startsWith(ApiKeys.PRINCIPAL_PREFIX)) {
			return List.of();
		}
		return this.keys.findLive(principal.id(), this.clock.instant()).map(LiveKey::orgId).map(Grant::apiKey).stream().toList();
	}

}
