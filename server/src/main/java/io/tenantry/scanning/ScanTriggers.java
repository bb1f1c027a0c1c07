package io.tenantry.scanning;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.compliance.ScanSource;
import io.tenantry.compliance.ScanSubmission;
import io.tenantry.compliance.ScanView;
import io.tenantry.compliance.Scans;
import io.tenantry.identity.CurrentUser;
import io.tenantry.identity.RunAs;
import io.tenantry.identity.UserAccount;
import io.tenantry.identity.UserStatus;
import io.tenantry.identity.Users;
import io.tenantry.platform.ProblemException;
import io.tenantry.scanning.ScanRunRepository.PendingRun;
import io.tenantry.scanning.ScanSettingsRepository.DueSchedule;
import io.tenantry.scanning.ScanSettingsService.Webhook;
import io.tenantry.scanning.Webhooks.WebhookFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scans run by an org's webhook: trigger (QUEUED, then RUNNING once the webhook accepts), the
 * one-time callback that completes them with native-format results, and the sweeps that run due
 * schedules and fail scans whose results never came. Work without a signed-in user runs as the
 * user who triggered the scan or set the schedule.
 */
@Service
public class ScanTriggers {

	private static final Logger logger = LoggerFactory.getLogger(ScanTriggers.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Scans scans;

	private final ScanSettingsService settings;

	private final ScanSettingsRepository schedules;

	private final ScanRunRepository runs;

	private final Webhooks webhooks;

	private final NativeImporter results;

	private final AccessService access;

	private final Users users;

	private final TransactionTemplate transactions;

	private final ScanningProperties properties;

	private final Clock clock;

	ScanTriggers(Scans scans, ScanSettingsService settings, ScanSettingsRepository schedules, ScanRunRepository runs,
			Webhooks webhooks, NativeImporter results, AccessService access, Users users,
			TransactionTemplate transactions, ScanningProperties properties, Clock clock) {
		this.scans = scans;
		this.settings = settings;
		this.schedules = schedules;
		this.runs = runs;
		this.webhooks = webhooks;
		this.results = results;
		this.access = access;
		this.users = users;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Queues a scan and posts it to the org's webhook with a one-time callback token. The scan is
	 * RUNNING when the webhook accepted it and FAILED when it could not be reached or refused it.
	 * The callback goes to {@code callbackBase} (the request's or the public URL) unless
	 * {@code tenantry.scanning.callback-base-url} names another.
	 */
	public ScanView trigger(CurrentUser caller, UUID orgId, String callbackBase) {
		OrgAccess access = this.access.require(caller, orgId, Capability.SCAN_TRIGGER);
		Webhook webhook = this.settings.scanWebhook(orgId);
		if (webhook.url() == null) {
			throw ProblemException.unprocessable("no_webhook", "This organization has no scan webhook configured.");
		}
		String token = newToken();
		ScanView scan = this.transactions.execute((status) -> {
			ScanView queued = this.scans.queue(access, caller.id());
			this.runs.insert(new PendingRun(orgId, queued.id(), caller.id(),
					this.clock.instant().plus(this.properties.timeout()), false), hash(token));
			return queued;
		});
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("scanId", scan.id());
		payload.put("orgId", orgId);
		payload.put("callbackUrl", this.properties.callbackBase(callbackBase) + "/api/v1/orgs/" + orgId + "/scans/"
				+ scan.id() + "/callback");
		payload.put("callbackToken", token);
		try {
			this.webhooks.post(webhook.url(), webhook.secret(), payload);
			this.scans.markRunning(orgId, scan.id());
		}
		catch (WebhookFailed ex) {
			failRun(orgId, scan.id(), ex.getMessage());
		}
		return this.scans.get(caller, orgId, scan.id()).scan();
	}

	/**
	 * Takes a triggered scan's native-format results once, authenticated by its callback token alone,
	 * and completes the scan as the user who triggered it; results that do not parse fail the scan.
	 */
	public ScanView complete(UUID orgId, UUID scanId, String token, InputStream body) {
		PendingRun run = this.runs.findByToken(hash(token))
			.filter((found) -> found.orgId().equals(orgId) && found.scanId().equals(scanId))
			.orElseThrow(() -> ProblemException.unauthorized("invalid_callback_token",
					"The callback token is not valid for this scan."));
		if (run.finished()) {
			throw ProblemException.conflict("This scan's callback token has already been used.");
		}
		CurrentUser requester = requester(run);
		return RunAs.user(requester, () -> {
			ScanSubmission submission;
			try {
				submission = asWebhookScan(this.results.read(body));
			}
			catch (RuntimeException ex) {
				failRun(orgId, scanId, "The results did not parse: " + ex.getMessage());
				throw ex;
			}
			return this.transactions.execute((status) -> {
				if (!this.runs.finish(orgId, scanId, this.clock.instant())) {
					throw ProblemException.conflict("This scan's callback token has already been used.");
				}
				OrgAccess access = this.access.require(requester, orgId, Capability.SCAN_TRIGGER);
				return this.scans.complete(access, requester.id(), scanId, submission);
			});
		});
	}

	/** Fails every scan whose results had not come by its deadline; how many it failed. */
	public int timeOutOverdue(Instant now) {
		int failed = 0;
		for (PendingRun run : this.runs.overdue(now)) {
			try {
				if (RunAs.user(requester(run), () -> failRun(run.orgId(), run.scanId(), "The scan timed out."))) {
					failed++;
				}
			}
			catch (ProblemException ex) {
				logger.warn("Overdue scan {} of org {} stays as it is: {}", run.scanId(), run.orgId(), ex.getMessage());
			}
		}
		return failed;
	}

	/** Triggers every org's scan that is due by its schedule, once each, and moves its schedule on. */
	public int runDueSchedules(Instant now, String callbackBase) {
		int started = 0;
		for (DueSchedule due : this.schedules.due(now)) {
			CurrentUser user = this.users.findById(due.runAs()).map(UserAccount::asPrincipal).orElse(null);
			if (user == null) {
				continue;
			}
			try {
				boolean claimed = RunAs.user(user, () -> this.transactions
					.execute((status) -> this.schedules.advance(due, due.schedule().nextAfter(now))));
				if (claimed) {
					RunAs.user(user, () -> trigger(user, due.orgId(), callbackBase));
					started++;
				}
			}
			catch (ProblemException ex) {
				logger.warn("Scheduled scan of org {} did not start: {}", due.orgId(), ex.getMessage());
			}
		}
		return started;
	}

	private boolean failRun(UUID orgId, UUID scanId, String reason) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			this.runs.finish(orgId, scanId, this.clock.instant());
			return this.scans.fail(orgId, scanId, reason);
		}));
	}

	private CurrentUser requester(PendingRun run) {
		return this.users.findById(run.requestedBy())
			.filter((user) -> user.status() == UserStatus.ACTIVE)
			.map(UserAccount::asPrincipal)
			.orElseThrow(() -> ProblemException.unprocessable("requester_inactive",
					"The user who triggered this scan is no longer active."));
	}

	private static ScanSubmission asWebhookScan(ScanSubmission imported) {
		return new ScanSubmission(ScanSource.WEBHOOK, imported.format(), imported.scannedAt(), imported.tenant(),
				imported.findings());
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is unavailable", ex);
		}
	}

}
