package io.tenantry.identity;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Resolves a bearer token to the principal it authenticates. */
@Component
public class BearerAuthentication {

	private final ApiTokens tokens;

	private final UserRepository users;

	BearerAuthentication(ApiTokens tokens, UserRepository users) {
		this.tokens = tokens;
		this.users = users;
	}

	public Optional<CurrentUser> principalFor(String token) {
		return this.tokens.authenticate(token).flatMap(this.users::findById).map(UserAccount::asPrincipal);
	}

}
