package io.tenantry.organizations.web;

import java.util.UUID;

import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.OrgSwitcher;
import io.tenantry.organizations.OrgSwitcher.Switcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Adds to the model of every signed-in page (not JSON handlers) what the layout's header and
 * sidebar need:
 * <ul>
 * <li>{@code currentUser}: the {@link CurrentUser};</li>
 * <li>{@code superAdmin}: whether the user is a SuperAdmin (boolean);</li>
 * <li>{@code reachableOrgs}: the switcher's unarchived orgs, a list of
 * {@link OrgSwitcher.OrgChoice} {@code {id, name, role}};</li>
 * <li>{@code activeOrg}: the session's active org, an {@link OrgSwitcher.ActiveOrg}
 * {@code {id, name, role, tier, capabilities}} with capabilities as API names (a
 * {@code Set<String>}); absent when the user reaches no org.</li>
 * </ul>
 * Page controllers of any module may take {@code @ModelAttribute("activeOrg") ActiveOrg} as a
 * parameter, and must still check access for what they do in it.
 */
@ControllerAdvice
class PageModelAdvice {

	/** The session attribute holding the chosen org's id. */
	static final String ACTIVE_ORG = "tenantry.activeOrgId";

	private final OrgSwitcher switcher;

	PageModelAdvice(OrgSwitcher switcher) {
		this.switcher = switcher;
	}

	@ModelAttribute
	void addPageModel(@AuthenticationPrincipal @Nullable CurrentUser user, HttpServletRequest request, Model model) {
		if (user == null || rendersJson(request)) {
			return;
		}
		HttpSession session = request.getSession(false);
		Object chosen = (session != null) ? session.getAttribute(ACTIVE_ORG) : null;
		Switcher view = this.switcher.switcher(user, (chosen instanceof UUID id) ? id : null);
		model.addAttribute("currentUser", user);
		model.addAttribute("superAdmin", user.superAdmin());
		model.addAttribute("reachableOrgs", view.orgs());
		if (view.active() != null) {
			model.addAttribute("activeOrg", view.active());
		}
	}

	/** JSON handlers render no page, so they skip the queries the page model costs. */
	private static boolean rendersJson(HttpServletRequest request) {
		Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
		return handler instanceof HandlerMethod method
				&& (method.hasMethodAnnotation(ResponseBody.class)
						|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class));
	}

}
