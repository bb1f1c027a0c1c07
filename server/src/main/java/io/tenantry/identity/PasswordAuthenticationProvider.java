package io.tenantry.identity;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Browser form login: authenticates with {@link CurrentUser} as the principal. */
@Component
public class PasswordAuthenticationProvider implements AuthenticationProvider {

	private final Authenticator authenticator;

	PasswordAuthenticationProvider(Authenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		UserAccount user = this.authenticator.authenticate(email, password)
			.orElseThrow(() -> new BadCredentialsException("Email or password is wrong."));
		return UsernamePasswordAuthenticationToken.authenticated(user.asPrincipal(), null, List.of());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
