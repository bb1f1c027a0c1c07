package io.tenantry.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * A planned remediation of a control with its target date. A DONE item records when it was
 * completed and is closed: it changes again only by being reopened (a status other than DONE),
 * which clears {@code completedAt}.
 */
public record RoadmapItem(UUID id, String controlId, String title, LocalDate targetDate, RoadmapStatus status,
		@Nullable String notes, String createdBy, Instant createdAt, @Nullable Instant completedAt) {

	static RoadmapItem plan(CreateRoadmapItem command, String createdBy, Instant now) {
		RoadmapStatus status = (command.status() != null) ? command.status() : RoadmapStatus.PLANNED;
		return new RoadmapItem(UUID.randomUUID(), command.controlId().trim(), command.title().strip(),
				command.targetDate(), status, blankToNull(command.notes()), createdBy, now,
				(status == RoadmapStatus.DONE) ? now : null);
	}

	/** The item with the changes applied; a closed item refuses every change but reopening (409). */
	RoadmapItem change(UpdateRoadmapItem change, Instant now) {
		RoadmapStatus status = (change.status() != null) ? change.status() : this.status;
		if (this.status == RoadmapStatus.DONE && status == RoadmapStatus.DONE
				&& (change.title() != null || change.targetDate() != null || change.notes() != null)) {
			throw ProblemException.conflict("This roadmap item is done; reopen it before changing it.");
		}
		Instant completedAt = (status != RoadmapStatus.DONE) ? null
				: (this.status == RoadmapStatus.DONE) ? this.completedAt : now;
		return new RoadmapItem(this.id, this.controlId, (change.title() != null) ? change.title().strip() : this.title,
				(change.targetDate() != null) ? change.targetDate() : this.targetDate, status,
				(change.notes() != null) ? blankToNull(change.notes()) : this.notes, this.createdBy, this.createdAt,
				completedAt);
	}

	/** What the audit trail records of the item. */
	Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("controlId", this.controlId);
		details.put("title", this.title);
		details.put("targetDate", this.targetDate.toString());
		details.put("status", this.status.name());
		return details;
	}

	private static @Nullable String blankToNull(@Nullable String notes) {
		return (notes == null || notes.isBlank()) ? null : notes.strip();
	}

}
