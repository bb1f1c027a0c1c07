package io.tenantry.portal.web;

import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import io.tenantry.portal.PortalAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps portal-only users (client admins and viewers) inside the portal: the home page sends them
 * to {@code /portal}, and every other page outside it (the MSP surface, administration) does not
 * exist for them (404). Their API calls are bounded by their capabilities instead.
 */
@Configuration(proxyBeanMethods = false)
class PortalOnlyInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final PortalAccess portals;

	PortalOnlyInterceptor(PortalAccess portals) {
		this.portals = portals;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/**")
			.excludePathPatterns("/portal", "/portal/**", "/api/**", "/actuator/**", "/login", "/login/**", "/logout",
					"/account", "/account/**", "/reset", "/reset/**", "/invite/**", "/error", "/error/**", "/webjars/**",
					"/css/**", "/js/**", "/img/**", "/favicon.ico");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)
				|| !this.portals.portalOnly(user)) {
			return true;
		}
		if ("/".equals(request.getRequestURI())) {
			response.sendRedirect(request.getContextPath() + "/portal");
			return false;
		}
		throw ProblemException.notFound("No such page.");
	}

}
