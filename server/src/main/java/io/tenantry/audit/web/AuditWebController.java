package io.tenantry.audit.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.tenantry.audit.AuditActor;
import io.tenantry.audit.AuditEntry;
import io.tenantry.audit.AuditLog;
import io.tenantry.platform.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log pages: the active org's chain ({@code /audit}, {@code audit:read}) and the platform
 * chain ({@code /admin/audit}, SuperAdmins only; others get 404). Each shows filtered entries a page
 * at a time, the chain's verification and an export link; htmx requests get only the entries.
 */
@Controller
class AuditWebController {

	static final int PAGE_SIZE = 50;

	private static final String PAGE = "audit/log";

	private static final String HTMX = "HX-Request";

	/** Reads the id of the page model's {@code activeOrg} as the templates do, without its module's type. */
	private static final Expression ID = new SpelExpressionParser().parseExpression("id");

	private final AuditLog log;

	AuditWebController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/audit")
	String orgLog(@AuthenticationPrincipal AuditActor caller, @ModelAttribute("query") AuditPageQuery query,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, HttpServletRequest request,
			Model model) {
		UUID orgId = orgOf(query.orgId(), model);
		model.addAttribute("orgId", orgId);
		model.addAttribute("pageUrl", "/audit");
		model.addAttribute("exportUrl", "/audit/export?orgId=" + orgId);
		return render(caller, orgId, query, htmx != null, request, model);
	}

	@GetMapping("/audit/export")
	void orgExport(@AuthenticationPrincipal AuditActor caller, @RequestParam @Nullable UUID orgId, Model model,
			HttpServletResponse response) throws IOException {
		AuditExport.write(this.log, caller, orgOf(orgId, model), response);
	}

	@GetMapping("/admin/audit")
	String platformLog(@AuthenticationPrincipal AuditActor caller, @ModelAttribute("query") AuditPageQuery query,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, HttpServletRequest request,
			Model model) {
		requireSuperAdmin(caller);
		model.addAttribute("pageUrl", "/admin/audit");
		model.addAttribute("exportUrl", "/admin/audit/export");
		return render(caller, null, query, htmx != null, request, model);
	}

	@GetMapping("/admin/audit/export")
	void platformExport(@AuthenticationPrincipal AuditActor caller, HttpServletResponse response) throws IOException {
		requireSuperAdmin(caller);
		AuditExport.write(this.log, caller, null, response);
	}

	/** The whole page verifies the chain; an htmx request (filters, paging) only lists entries. */
	private String render(AuditActor caller, @Nullable UUID orgId, AuditPageQuery query, boolean htmx,
			HttpServletRequest request, Model model) {
		List<AuditEntry> entries = this.log.entries(caller, orgId, query.filter(PAGE_SIZE));
		boolean older = entries.size() > PAGE_SIZE;
		List<AuditEntry> page = older ? entries.subList(0, PAGE_SIZE) : entries;
		model.addAttribute("entries", page);
		model.addAttribute("olderUrl", older ? withBefore(request, page.get(PAGE_SIZE - 1).seq()) : null);
		model.addAttribute("newestUrl", (query.before() != null) ? withBefore(request, null) : null);
		if (htmx) {
			return PAGE + " :: entries";
		}
		model.addAttribute("verification", this.log.verify(caller, orgId));
		return PAGE;
	}

	/** This page with the same filters, starting below another sequence number (or at the newest). */
	private static String withBefore(HttpServletRequest request, @Nullable Long before) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
		return ((before != null) ? url.replaceQueryParam("before", before) : url.replaceQueryParam("before"))
			.build()
			.toUriString();
	}

	/** The org asked for, else the browser session's active org; 404 when there is neither. */
	private static UUID orgOf(@Nullable UUID asked, Model model) {
		Object active = model.getAttribute("activeOrg");
		UUID orgId = (asked != null) ? asked : (active != null) ? ID.getValue(active, UUID.class) : null;
		if (orgId == null) {
			throw ProblemException.notFound("No organization is selected.");
		}
		return orgId;
	}

	/** The platform pages do not exist for anyone else. */
	private static void requireSuperAdmin(AuditActor caller) {
		if (!caller.superAdmin()) {
			throw ProblemException.notFound("No such page.");
		}
	}

}
