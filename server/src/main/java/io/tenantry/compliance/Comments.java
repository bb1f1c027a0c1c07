package io.tenantry.compliance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;
import io.tenantry.identity.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The comment thread of a control: read with {@code compliance:read}, written with {@code comment:create}. */
@Service
@Validated
public class Comments {

	private final CommentRepository comments;

	private final CatalogRepository catalog;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Comments(CommentRepository comments, CatalogRepository catalog, AccessService access,
			ApplicationEventPublisher events, Clock clock) {
		this.comments = comments;
		this.catalog = catalog;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CommentView> list(CurrentUser caller, UUID orgId, String controlId) {
		this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		this.catalog.require(orgId, controlId);
		return this.comments.forControl(orgId, controlId);
	}

	@Transactional
	public CommentView create(CurrentUser caller, UUID orgId, String controlId, @Valid CreateComment command) {
		OrgAccess access = this.access.require(caller, orgId, Capability.COMMENT_CREATE);
		this.catalog.require(orgId, controlId);
		CommentView comment = new CommentView(UUID.randomUUID(), controlId, command.body().strip(), caller.id(),
				caller.email(), this.clock.instant());
		this.comments.insert(orgId, comment);
		this.events.publishEvent(AuditEvent.of(orgId, "comment.created", controlId,
				Map.of("commentId", comment.id().toString(), "body", comment.body()))
			.withOnBehalfOf(access.actingThrough(), access.tier()));
		return comment;
	}

}
