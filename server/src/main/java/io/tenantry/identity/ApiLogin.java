package io.tenantry.identity;

import io.tenantry.identity.ApiTokens.IssuedToken;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exchanges credentials for a bearer token, and ends it on logout. */
@Service
public class ApiLogin {

	private final Logins logins;

	private final ApiTokens tokens;

	ApiLogin(Logins logins, ApiTokens tokens) {
		this.logins = logins;
		this.tokens = tokens;
	}

	@Transactional
	public IssuedToken login(String email, String password, String clientIp) {
		UserAccount user = this.logins.checkPassword(email, password, clientIp);
		return this.tokens.issue(user.id());
	}

	@Transactional
	public void logout(String token) {
		this.tokens.revoke(token);
	}

}
