package io.tenantry.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tenantry.identity.Mail;
import io.tenantry.identity.PublicLinks;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Mails in a client's white-label identity, for its portal users: sent under the product name,
 * replies to the support address, an HTML part in the brand's colour with the logo inline beside
 * the plain text, and links to the client's portal host (the public URL when it has none). The
 * templates ({@code templates/portal/mail/branded.html} and {@code .txt}) escape every value.
 */
@Component
class BrandedMails {

	private static final String LOGO_ID = "logo";

	private final Brandings brandings;

	private final PublicLinks links;

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	BrandedMails(Brandings brandings, PublicLinks links) {
		this.brandings = brandings;
		this.links = links;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/portal/mail/");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setTextTemplateModePatterns(Set.of("*.txt"));
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.templates.setTemplateResolver(resolver);
	}

	/** What one mail says: a heading, paragraphs of text and one link to act on, at a path of the portal. */
	record Content(String subject, String heading, List<String> paragraphs, String action, String path) {
	}

	/** The mail to a portal user of the org, in the org's branding. */
	Mail write(UUID orgId, String to, Content content) {
		Branding branding = this.brandings.of(orgId);
		Optional<Logo> logo = this.brandings.logo(orgId);
		Context model = new Context();
		model.setVariable("branding", branding);
		model.setVariable("logo", logo.isPresent() ? "cid:" + LOGO_ID : null);
		model.setVariable("heading", content.heading());
		model.setVariable("paragraphs", content.paragraphs());
		model.setVariable("action", content.action());
		model.setVariable("link", portalLink(branding, content.path()));
		return new Mail(to, branding.productName(), branding.supportEmail(), content.subject(),
				this.templates.process("branded.txt", model), this.templates.process("branded.html", model),
				logo.map((image) -> List.of(new Mail.InlineImage(LOGO_ID, image.contentType(), image.bytes())))
					.orElse(List.of()));
	}

	private String portalLink(Branding branding, String path) {
		return (branding.portalHost() != null) ? "https://" + branding.portalHost() + path : this.links.to(path);
	}

}
