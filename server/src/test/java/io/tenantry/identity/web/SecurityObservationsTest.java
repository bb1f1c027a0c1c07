package io.tenantry.identity.web;

import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security chains run their filters as they are: no filter is wrapped in an observation, which
 * costs every request even where no observation is recorded.
 */
class SecurityObservationsTest extends IntegrationTest {

	@Autowired
	private ApplicationContext context;

	@Test
	void theChainsFiltersAreNotWrappedInObservations() {
		// Spring Security holds its chains' proxy inside the bean it registers under this name.
		Object registered = this.context.getBean("springSecurityFilterChain");
		FilterChainProxy chains = (FilterChainProxy) ReflectionTestUtils.getField(registered, "springSecurityFilterChain");

		assertThat(ReflectionTestUtils.getField(chains, "filterChainDecorator"))
			.isNotInstanceOf(ObservationFilterChainDecorator.class);
	}

}
