package io.tenantry.identity;

import io.tenantry.identity.ApiTokens.IssuedToken;
import io.tenantry.platform.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exchanges credentials for a bearer token, and ends it on logout. */
@Service
public class ApiLogin {

	private final Authenticator authenticator;

	private final ApiTokens tokens;

	ApiLogin(Authenticator authenticator, ApiTokens tokens) {
		this.authenticator = authenticator;
		this.tokens = tokens;
	}

	@Transactional
	public IssuedToken login(String email, String password) {
		UserAccount user = this.authenticator.authenticate(email, password)
			.orElseThrow(() -> ProblemException.unauthorized("invalid_credentials", "Email or password is wrong."));
		return this.tokens.issue(user.id());
	}

	@Transactional
	public void logout(String token) {
		this.tokens.revoke(token);
	}

}
