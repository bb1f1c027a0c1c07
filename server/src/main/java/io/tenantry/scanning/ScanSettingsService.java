package io.tenantry.scanning;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import io.tenantry.organizations.Organizations;
import io.tenantry.organizations.UpdateOrganization;
import io.tenantry.platform.AesGcmCipher;
import io.tenantry.scanning.ScanSettingsRepository.StoredSettings;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** An org's scanning settings: webhooks (needing {@code credentials:manage}), schedule and when scans go stale. */
@Service
@Validated
public class ScanSettingsService {

	private static final StoredSettings NONE = new StoredSettings(null, null, null, ScanSchedule.NONE);

	private final ScanSettingsRepository repository;

	private final Organizations organizations;

	private final AccessService access;

	private final Webhooks webhooks;

	private final AesGcmCipher cipher;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScanSettingsService(ScanSettingsRepository repository, Organizations organizations, AccessService access,
			Webhooks webhooks, ScanningProperties properties, @Value("${tenantry.data-dir:./data}") Path dataDir,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.organizations = organizations;
		this.access = access;
		this.webhooks = webhooks;
		this.cipher = AesGcmCipher.of(properties.secretKey(), dataDir.resolve("scanning-secret.key"));
		this.events = events;
		this.clock = clock;
	}

	public ScanSettings get(CurrentUser caller, UUID orgId) {
		this.access.require(caller, orgId, Capability.CREDENTIALS_MANAGE);
		return view(caller, orgId, stored(orgId));
	}

	/** The Cloud Scanning settings page: the settings, and whether the caller may also trigger and import scans. */
	public ScanSettingsPage page(CurrentUser caller, UUID orgId) {
		OrgAccess access = this.access.require(caller, orgId, Capability.CREDENTIALS_MANAGE);
		return new ScanSettingsPage(orgId, this.organizations.get(caller, orgId).name(),
				view(caller, orgId, stored(orgId)), access.can(Capability.SCAN_TRIGGER),
				access.can(Capability.SCAN_IMPORT));
	}

	/** Replaces the settings after refusing webhook URLs no call may go to; audited without the secret. */
	@Transactional
	public ScanSettings update(CurrentUser caller, UUID orgId, @Valid UpdateScanSettings update) {
		OrgAccess access = this.access.require(caller, orgId, Capability.CREDENTIALS_MANAGE);
		String webhookUrl = allowed(update.webhookUrl());
		String remediationUrl = allowed(update.remediationWebhookUrl());
		StoredSettings before = stored(orgId);
		String secret = before.encryptedSecret();
		if (update.webhookSecret() != null) {
			secret = update.webhookSecret().isEmpty() ? null : this.cipher.encrypt(update.webhookSecret());
		}
		ScanSchedule schedule = (update.schedule() != null) ? update.schedule() : before.schedule();
		this.repository.save(orgId, new StoredSettings(webhookUrl, secret, remediationUrl, schedule), caller.id(),
				this.clock.instant());
		if (schedule != before.schedule()) {
			this.repository.schedule(orgId, schedule, caller.id(), this.clock.instant());
		}
		if (update.scanStaleAfterDays() != null) {
			this.organizations.update(caller, orgId,
					new UpdateOrganization(null, null, null, update.scanStaleAfterDays(), null));
		}
		this.events.publishEvent(AuditEvent.of(orgId, "scan.settings_updated", orgId,
				Map.of("webhookUrl", String.valueOf(webhookUrl), "webhookSecretChanged", update.webhookSecret() != null,
						"remediationWebhookUrl", String.valueOf(remediationUrl), "schedule", schedule.name()))
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return view(caller, orgId, stored(orgId));
	}

	/** The webhook a scan is sent to, with its decrypted secret; empty URL when none is set. */
	Webhook scanWebhook(UUID orgId) {
		StoredSettings settings = stored(orgId);
		return new Webhook(settings.webhookUrl(),
				(settings.encryptedSecret() != null) ? this.cipher.decrypt(settings.encryptedSecret()) : null);
	}

	/** The webhook remediations are sent to, signed with the scan webhook's secret. */
	Webhook remediationWebhook(UUID orgId) {
		StoredSettings settings = stored(orgId);
		return new Webhook(settings.remediationUrl(),
				(settings.encryptedSecret() != null) ? this.cipher.decrypt(settings.encryptedSecret()) : null);
	}

	private StoredSettings stored(UUID orgId) {
		return this.repository.find(orgId).orElse(NONE);
	}

	private @Nullable String allowed(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		this.webhooks.requireAllowed(url);
		return url.trim();
	}

	private ScanSettings view(CurrentUser caller, UUID orgId, StoredSettings settings) {
		return new ScanSettings(settings.webhookUrl(), settings.encryptedSecret() != null, settings.remediationUrl(),
				this.organizations.get(caller, orgId).scanStaleAfterDays(), settings.schedule());
	}

	/** Where a call goes and the secret that signs it. */
	record Webhook(@Nullable String url, @Nullable String secret) {
	}

}
