package io.tenantry.identity;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Resolves a bearer token to the principal it authenticates: a user's token or an org's API key. */
@Component
public class BearerAuthentication {

	private final ApiTokens tokens;

	private final AgentKeys agentKeys;

	BearerAuthentication(ApiTokens tokens, AgentKeys agentKeys) {
		this.tokens = tokens;
		this.agentKeys = agentKeys;
	}

	public Optional<Bearer> principalFor(String token) {
		return PrincipalLookup.run(() -> this.agentKeys.authenticate(token)
			.map((agent) -> new Bearer(agent, true))
			.or(() -> this.tokens.authenticate(token).map((user) -> new Bearer(user.asPrincipal(), false))));
	}

	/** Called once the bearer is signed in, so that a key's use is recorded as its own principal. */
	public void signedIn(Bearer bearer) {
		if (bearer.agent()) {
			this.agentKeys.used(bearer.principal());
		}
	}

	/** A signed-in bearer, and whether it is an agent's API key rather than a person's token. */
	public record Bearer(CurrentUser principal, boolean agent) {
	}

}
