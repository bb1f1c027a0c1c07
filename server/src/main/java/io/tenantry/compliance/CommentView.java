package io.tenantry.compliance;

import java.time.Instant;
import java.util.UUID;

/** A comment on a control of an org, by whom and when. */
public record CommentView(UUID id, String controlId, String body, UUID authorId, String authorEmail,
		Instant createdAt) {
}
