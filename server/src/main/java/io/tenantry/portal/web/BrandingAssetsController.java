package io.tenantry.portal.web;

import java.util.UUID;

import io.tenantry.portal.Branding;
import io.tenantry.portal.Brandings;
import io.tenantry.portal.Logo;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public assets of a client's branding: its logo (as the PNG or JPEG it was checked to be,
 * never sniffed) and the portal stylesheet with its primary colour, so that pages need no inline
 * styles under the strict CSP. Public because sign-in pages and mails show them.
 */
@Controller
class BrandingAssetsController {

	private final Brandings brandings;

	BrandingAssetsController(Brandings brandings) {
		this.brandings = brandings;
	}

	@GetMapping("/portal/branding/{orgId}/logo")
	ResponseEntity<byte[]> logo(@PathVariable UUID orgId) {
		Logo logo = this.brandings.logo(orgId).orElse(null);
		if (logo == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", ContentDisposition.inline().filename("logo").build().toString())
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noCache())
			.body(logo.bytes());
	}

	/** The theme of the org's portal, else of the portal at the request's host (the default for unknown hosts). */
	@GetMapping(path = "/portal/branding/theme.css", produces = "text/css")
	ResponseEntity<String> theme(@RequestParam(required = false) @Nullable UUID org, HttpServletRequest request) {
		Branding branding = (org != null) ? this.brandings.of(org) : this.brandings.forHost(request.getServerName());
		String color = branding.primaryColor();
		String css = """
				:root { --portal-primary: %1$s; }
				.portal-header { background-color: %1$s; }
				.portal-primary { color: %1$s; }
				.btn-portal { background-color: %1$s; border-color: %1$s; color: #fff; }
				.btn-portal:hover, .btn-portal:focus { filter: brightness(90%%); color: #fff; }
				""".formatted(color);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "css"))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body(css);
	}

}
