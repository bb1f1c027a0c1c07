package io.tenantry.identity;

import io.tenantry.identity.ApiTokens.IssuedToken;
import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exchanges credentials (and an MFA code where one is needed) for a bearer token, and ends it on logout. */
@Service
public class ApiLogin {

	private final Logins logins;

	private final ApiTokens tokens;

	private final IdentityAudit audit;

	ApiLogin(Logins logins, ApiTokens tokens, IdentityAudit audit) {
		this.logins = logins;
		this.tokens = tokens;
		this.audit = audit;
	}

	@Transactional
	public IssuedToken login(String email, String password, @Nullable String totp, String clientIp) {
		UserAccount user = this.logins.checkPassword(email, password, clientIp, LoginChannel.API);
		SecondFactor secondFactor = this.logins.secondFactorFor(user);
		switch (secondFactor) {
			case ENROLLMENT -> throw ProblemException.unauthorized("mfa_enrollment_required",
					"This account must enrol in MFA first: sign in on the web to set it up.");
			case CODE -> {
				if (totp == null || totp.isBlank()) {
					this.logins.challenged(user, LoginChannel.API);
					throw ProblemException.unauthorized("mfa_required", "This account needs its MFA code (totp).");
				}
				this.logins.checkCode(user, totp, clientIp, LoginChannel.API);
			}
			case NONE -> {
			}
		}
		this.logins.succeeded(user, LoginChannel.API, secondFactor == SecondFactor.CODE);
		return this.tokens.issue(user.id());
	}

	@Transactional
	public void logout(CurrentUser caller, String token) {
		this.tokens.revoke(token);
		this.audit.loggedOut(caller, LoginChannel.API, false);
	}

}
