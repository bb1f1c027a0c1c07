package io.tenantry.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.identity.CurrentUser;
import io.tenantry.portal.PortalModule;
import io.tenantry.portal.PortalSettingsService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static io.tenantry.portal.PortalModule.DASHBOARD;
import static io.tenantry.portal.PortalModule.REPORTS;
import static io.tenantry.portal.PortalModule.SCORECARD;
import static io.tenantry.portal.PortalModule.SECURITY;
import static io.tenantry.portal.PortalModule.USERS;

/**
 * Hides the API of the portal modules a client hides from its portal users, as their pages are:
 * an endpoint answers 404 to a caller whose access in the org is a portal role when the org hides
 * every module that reads it. Staff of the client and the MSP are unaffected. The licence page has
 * no endpoint of its own: its licence is the org's record, which every page needs.
 */
@Configuration(proxyBeanMethods = false)
class HiddenModuleApiInterceptor implements WebMvcConfigurer {

	/** The endpoints the modules' pages read, all methods or reads only. */
	private static final List<ModuleApi> APIS = List.of(
			new ModuleApi(Set.of(REPORTS), false, "/api/v1/orgs/*/reports/**", "/api/v1/orgs/*/evidence-bundles/**"),
			new ModuleApi(Set.of(USERS), true, "/api/v1/orgs/*/members"),
			new ModuleApi(Set.of(DASHBOARD, SCORECARD, SECURITY), true, "/api/v1/orgs/*/controls/**",
					"/api/v1/orgs/*/compliance/**", "/api/v1/orgs/*/scans/**", "/api/v1/orgs/*/roadmap/**"));

	private final AccessService access;

	private final PortalSettingsService settings;

	HiddenModuleApiInterceptor(AccessService access, PortalSettingsService settings) {
		this.access = access;
		this.settings = settings;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		for (ModuleApi api : APIS) {
			registry.addInterceptor(new Guard(api)).addPathPatterns(api.paths());
		}
	}

	private record ModuleApi(Set<PortalModule> modules, boolean readsOnly, String... paths) {
	}

	private final class Guard implements HandlerInterceptor {

		private final ModuleApi api;

		Guard(ModuleApi api) {
			this.api = api;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			UUID orgId = orgId(request);
			if (orgId == null || (this.api.readsOnly() && !"GET".equals(request.getMethod()))
					|| authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
				return true;
			}
			HiddenModuleApiInterceptor.this.access.accessTo(user, orgId)
				.ifPresent((org) -> HiddenModuleApiInterceptor.this.settings.requireShown(org, this.api.modules()));
			return true;
		}

	}

	/** The org of the matched path; null when it is no UUID, which the handler answers itself. */
	private static @Nullable UUID orgId(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object orgId = (variables instanceof Map<?, ?> map) ? map.get("orgId") : null;
		try {
			return (orgId instanceof String id) ? UUID.fromString(id) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
