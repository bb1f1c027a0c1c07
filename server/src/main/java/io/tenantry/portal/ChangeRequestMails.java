package io.tenantry.portal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.tenantry.identity.Mailer;
import io.tenantry.identity.PublicLinks;
import io.tenantry.identity.UserAccount;
import io.tenantry.identity.UserStatus;
import io.tenantry.identity.Users;
import io.tenantry.msp.ClientMsps;
import io.tenantry.organizations.OrgDirectory;
import io.tenantry.organizations.Organization;
import io.tenantry.portal.BrandedMails.Content;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails about change requests, once the change is committed: a new request to those who decide it
 * (the OrgAdmins of every active MSP of the client and the technicians who reach it; the
 * SuperAdmins when no MSP manages it), a decision to the requester in the client's branding. A
 * rolled-back change mails nobody, and a mail that fails is logged and never undoes the change.
 */
@Component
class ChangeRequestMails {

	private static final Logger log = LoggerFactory.getLogger(ChangeRequestMails.class);

	private final ClientMsps msps;

	private final OrgDirectory directory;

	private final Users users;

	private final Mailer mailer;

	private final BrandedMails branded;

	private final PublicLinks links;

	private final TransactionTemplate ownTransaction;

	ChangeRequestMails(ClientMsps msps, OrgDirectory directory, Users users, Mailer mailer, BrandedMails branded,
			PublicLinks links, PlatformTransactionManager transactions) {
		this.msps = msps;
		this.directory = directory;
		this.users = users;
		this.mailer = mailer;
		this.branded = branded;
		this.links = links;
		// The committed transaction is over: reads and the outbox's inserts need one of their own.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void raised(ChangeRequestRaised event) {
		deliver(event.request(), () -> {
			ChangeRequest request = event.request();
			boolean managed = !this.msps.of(request.orgId()).isEmpty();
			String client = this.directory.find(request.orgId()).map(Organization::name).orElse("A client");
			String requester = this.users.findById(request.requestedBy()).map(UserAccount::email).orElse("someone");
			String body = """
					%s (%s) asks for a change:

					%s
					Decide it in the change-request queue:

					%s
					""".formatted(requester, client, describe(request), this.links.to(queuePath(request.orgId(), managed)));
			for (UserAccount recipient : activeUsers(deciders(request.orgId(), managed))) {
				this.mailer.send(recipient.email(), "New change request from " + client, body);
			}
		});
	}

	@TransactionalEventListener
	void decided(ChangeRequestDecided event) {
		deliver(event.request(), () -> {
			ChangeRequest request = event.request();
			List<String> paragraphs = new ArrayList<>(List.of("Your change request was " + outcome(request.status()) + ".",
					describe(request)));
			if (request.comment() != null) {
				paragraphs.add("Comment: " + request.comment());
			}
			String subject = "Your change request was "
					+ ((request.status() == ChangeStatus.REJECTED) ? "rejected" : "approved");
			for (UserAccount requester : activeUsers(List.of(request.requestedBy()))) {
				this.mailer.send(this.branded.write(request.orgId(), requester.email(),
						new Content(subject, subject, paragraphs, "Open the portal", "/portal")));
			}
		});
	}

	/** Who decides the client's requests: its MSPs' people, or the SuperAdmins without an MSP. */
	private Collection<UUID> deciders(UUID clientOrgId, boolean managed) {
		return managed ? this.msps.staffOf(clientOrgId) : this.users.superAdminIds();
	}

	/** The MSP's queue, or for SuperAdmins the queue of the client no MSP manages. */
	private static String queuePath(UUID clientOrgId, boolean managed) {
		return managed ? "/msp/change-requests" : "/msp/change-requests?clientOrgId=" + clientOrgId + "&status=OPEN";
	}

	private List<UserAccount> activeUsers(Collection<UUID> ids) {
		return this.users.findAllById(ids).stream().filter((user) -> user.status() == UserStatus.ACTIVE).toList();
	}

	/** The request's kind, target and details as lines of text. */
	private String describe(ChangeRequest request) {
		StringBuilder text = new StringBuilder("Kind: ").append(request.kind().value()).append('\n');
		if (request.target() != null) {
			text.append("Target: ").append(targetName(request)).append('\n');
		}
		if (request.details().isString()) {
			text.append("Details: ").append(request.details().asString()).append('\n');
		}
		else if (request.details().isObject() && !request.details().isEmpty()) {
			text.append("Details: ").append(request.details()).append('\n');
		}
		return text.toString();
	}

	/** A member kind's target user by email; anything else as it was given. */
	private @Nullable String targetName(ChangeRequest request) {
		return request.memberTarget()
			.flatMap(this.users::findById)
			.map(UserAccount::email)
			.orElse(request.target());
	}

	private static String outcome(ChangeStatus status) {
		return switch (status) {
			case DONE -> "approved and carried out";
			case APPROVED -> "approved";
			case REJECTED -> "rejected";
			case OPEN -> "received";
		};
	}

	private void deliver(ChangeRequest request, Runnable sending) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> sending.run());
		}
		catch (RuntimeException ex) {
			log.warn("Could not mail about change request {}", request.id(), ex);
		}
	}

}
