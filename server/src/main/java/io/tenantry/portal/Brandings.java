package io.tenantry.portal;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients' white-label identities. Managing one needs {@code branding:manage}; reading one for a
 * host, a page or a mail is public, since visitors see it before they sign in.
 */
@Service
public class Brandings {

	private final BrandingRepository repository;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Brandings(BrandingRepository repository, AccessService access, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	public Branding get(CurrentUser caller, UUID orgId) {
		this.access.require(caller, orgId, Capability.BRANDING_MANAGE);
		return of(orgId);
	}

	@Transactional
	public Branding update(CurrentUser caller, UUID orgId, UpdateBranding command) {
		var access = this.access.require(caller, orgId, Capability.BRANDING_MANAGE);
		String host = (command.portalHost() != null && !command.portalHost().isBlank())
				? command.portalHost().toLowerCase(Locale.ROOT) : null;
		if (host != null && this.repository.findByHost(host).filter((other) -> !orgId.equals(other.orgId())).isPresent()) {
			throw ProblemException.conflict("Another organization's portal uses " + host + ".");
		}
		boolean removeLogo = removesLogo(command);
		Branding current = of(orgId);
		Branding updated = new Branding(orgId, command.productName().strip(), command.primaryColor().toLowerCase(Locale.ROOT),
				removeLogo ? null : current.logoUrl(), blankToNull(command.supportEmail()), host);
		try {
			this.repository.save(updated, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("Another organization's portal uses " + host + ".");
		}
		if (removeLogo) {
			this.repository.removeLogo(orgId, this.clock.instant());
		}
		this.events.publishEvent(AuditEvent.of(orgId, "branding.updated", orgId,
				Map.of("productName", updated.productName(), "primaryColor", updated.primaryColor(),
						"portalHost", String.valueOf(updated.portalHost()), "logoRemoved", removeLogo))
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return updated;
	}

	@Transactional
	public Branding updateLogo(CurrentUser caller, UUID orgId, byte @Nullable [] image) {
		var access = this.access.require(caller, orgId, Capability.BRANDING_MANAGE);
		Logo logo = Logo.of(image);
		if (this.repository.find(orgId).isEmpty()) {
			this.repository.save(Branding.defaultFor(orgId), this.clock.instant());
		}
		this.repository.saveLogo(orgId, logo, this.clock.instant());
		this.events.publishEvent(AuditEvent.of(orgId, "branding.logo.changed", orgId,
				Map.of("contentType", logo.contentType(), "bytes", logo.bytes().length))
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return of(orgId);
	}

	/** The org's branding, or the default under its id. */
	public Branding of(UUID orgId) {
		return this.repository.find(orgId).orElseGet(() -> Branding.defaultFor(orgId));
	}

	/** The branding of the portal at this host name; unknown hosts get the default. */
	public Branding forHost(@Nullable String host) {
		if (host == null || host.isBlank()) {
			return Branding.DEFAULT;
		}
		String name = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
		return this.repository.findByHost(name).orElse(Branding.DEFAULT);
	}

	public Optional<Logo> logo(UUID orgId) {
		return this.repository.logo(orgId);
	}

	/** {@code logoUrl: null} removes the logo; the served path cannot be set, only an upload sets it. */
	private static boolean removesLogo(UpdateBranding command) {
		if (command.logoUrl() == null) {
			return false;
		}
		if (!command.logoUrl().isNull()) {
			throw ProblemException.unprocessable("logo_url_read_only",
					"logoUrl is where the logo is served: upload one with PUT …/branding/logo, or send null to remove it.");
		}
		return true;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
