package io.tenantry.identity.web;

import io.tenantry.identity.BearerAuthentication;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.IdentityAudit;
import io.tenantry.identity.LoginChannel;
import io.tenantry.identity.Logins;
import io.tenantry.identity.Users;
import io.tenantry.platform.ProblemWriter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the stateless JSON API authenticated by bearer tokens, and the browser
 * pages with a session (signed in by {@link LoginWebController}) and CSRF protection. Both send
 * strict security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	/**
	 * No observation around each of the chains' filters, nor of authentications and authorizations:
	 * the request metrics stay, and wrappers that record nothing still cost every request.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, BearerAuthentication bearerAuthentication,
			ProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(bearerAuthentication), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/api/v1/auth/login", "/api/v1/auth/password-reset", "/api/docs", "/api/docs/**", "/actuator/health",
						"/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				// A scanner's callback carries its scan's one-time token instead of a user's.
				.requestMatchers(HttpMethod.POST, "/api/v1/orgs/*/scans/*/callback")
				.permitAll()
				// An org's API key works in orgs (its own, as the access checks decide), never on accounts.
				.requestMatchers("/api/v1/orgs", "/api/v1/orgs/**", "/api/v1/msp/**")
				.authenticated()
				.anyRequest()
				.hasAuthority(BearerTokenFilter.PERSON))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, 401, "unauthorized",
						"Authentication is required: send a valid bearer token."))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, 403, "forbidden",
						"You may not do this.")));
		return headers(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, Users users, Logins logins, IdentityAudit audit)
			throws Exception {
		http.addFilterAfter(new SessionUserFilter(users), SecurityContextHolderFilter.class)
			.addFilterAfter(new MfaEnrolmentGate(users, logins), SessionUserFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/login/mfa", "/reset", "/reset/*", "/invite/*", "/webjars/**", "/css/**", "/js/**",
						"/img/**", "/favicon.ico", "/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
						audit.loggedOut(user, LoginChannel.BROWSER, true);
					}
				}))
			// An htmx request would swap the login page into a fragment: make htmx reload the page instead.
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor((request, response, ex) -> {
					response.setHeader("HX-Refresh", "true");
					response.setStatus(401);
				}, (request) -> request.getHeader("HX-Request") != null)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE));
		return headers(http).build();
	}

	private static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frame) -> frame.deny()));
	}

}
