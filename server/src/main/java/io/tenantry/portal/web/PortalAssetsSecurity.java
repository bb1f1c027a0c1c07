package io.tenantry.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** Branding assets are read before sign-in (sign-in pages, mail clients): a public, stateless, GET-only chain. */
@Configuration(proxyBeanMethods = false)
class PortalAssetsSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain portalAssetsChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/portal/branding/**")
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/portal/branding/**")
				.permitAll()
				.anyRequest()
				.denyAll());
		return http.build();
	}

}
