package io.tenantry.scanning;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.compliance.RemediationStatus;
import io.tenantry.compliance.RemediationView;
import io.tenantry.compliance.Remediations;
import io.tenantry.identity.CurrentUser;
import io.tenantry.platform.ProblemException;
import io.tenantry.scanning.ScanSettingsService.Webhook;
import io.tenantry.scanning.Webhooks.WebhookFailed;

import org.springframework.stereotype.Service;

/**
 * Remediations run by an org's remediation webhook: the control is posted, signed, to it, and the
 * compliance record says whether the webhook took it (SENT) or not (FAILED, with why).
 */
@Service
public class RemediationTriggers {

	private final Remediations remediations;

	private final ScanSettingsService settings;

	private final Webhooks webhooks;

	private final AccessService access;

	private final Clock clock;

	RemediationTriggers(Remediations remediations, ScanSettingsService settings, Webhooks webhooks,
			AccessService access, Clock clock) {
		this.remediations = remediations;
		this.settings = settings;
		this.webhooks = webhooks;
		this.access = access;
		this.clock = clock;
	}

	/** Posts {@code {remediationId, orgId, controlId, requestedBy}}; without a remediation webhook 422, nothing stored. */
	public RemediationView trigger(CurrentUser caller, UUID orgId, String controlId) {
		OrgAccess access = this.access.require(caller, orgId, Capability.REMEDIATION_TRIGGER);
		this.remediations.requireControl(orgId, controlId);
		Webhook webhook = this.settings.remediationWebhook(orgId);
		if (webhook.url() == null) {
			throw ProblemException.unprocessable("no_remediation_webhook",
					"This organization has no remediation webhook configured.");
		}
		UUID id = UUID.randomUUID();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("remediationId", id);
		payload.put("orgId", orgId);
		payload.put("controlId", controlId);
		payload.put("requestedBy", caller.email());
		RemediationStatus status = RemediationStatus.SENT;
		String detail = "The remediation webhook accepted the request.";
		try {
			this.webhooks.post(webhook.url(), webhook.secret(), payload);
		}
		catch (WebhookFailed ex) {
			status = RemediationStatus.FAILED;
			detail = ex.getMessage();
		}
		return this.remediations.record(access, caller.id(),
				new RemediationView(id, controlId, status, detail, caller.email(), this.clock.instant()));
	}

}
