package io.tenantry.compliance;

import java.time.Instant;
import java.time.LocalDate;

import io.tenantry.platform.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoadmapItemTest {

	private static final Instant PLANNED_AT = Instant.parse("2026-06-01T12:00:00Z");

	private static final Instant LATER = Instant.parse("2026-06-10T08:00:00Z");

	private final RoadmapItem planned = RoadmapItem.plan(
			new CreateRoadmapItem(" E8.MFA.ML1 ", " Enforce MFA ", LocalDate.of(2026, 9, 30), null, " "), "a@example.test",
			PLANNED_AT);

	@Test
	void planIsPlannedByDefaultWithTrimmedFieldsAndNoBlankNotes() {
		assertThat(this.planned.status()).isEqualTo(RoadmapStatus.PLANNED);
		assertThat(this.planned.controlId()).isEqualTo("E8.MFA.ML1");
		assertThat(this.planned.title()).isEqualTo("Enforce MFA");
		assertThat(this.planned.notes()).isNull();
		assertThat(this.planned.completedAt()).isNull();
	}

	@Test
	void anItemPlannedAsDoneIsCompletedWhenPlanned() {
		RoadmapItem done = RoadmapItem.plan(new CreateRoadmapItem("E8.MFA.ML1", "Done already", LocalDate.of(2026, 1, 1),
				RoadmapStatus.DONE, null), "a@example.test", PLANNED_AT);

		assertThat(done.completedAt()).isEqualTo(PLANNED_AT);
	}

	@Test
	void doneRecordsWhenOnceAndReopeningClearsIt() {
		RoadmapItem done = this.planned.change(status(RoadmapStatus.DONE), LATER);
		RoadmapItem doneAgain = done.change(status(RoadmapStatus.DONE), LATER.plusSeconds(60));
		RoadmapItem reopened = done.change(status(RoadmapStatus.IN_PROGRESS), LATER);

		assertThat(done.completedAt()).isEqualTo(LATER);
		assertThat(doneAgain.completedAt()).isEqualTo(LATER);
		assertThat(reopened.completedAt()).isNull();
		assertThat(reopened.status()).isEqualTo(RoadmapStatus.IN_PROGRESS);
	}

	@Test
	void aDoneItemChangesOnlyByBeingReopened() {
		RoadmapItem done = this.planned.change(status(RoadmapStatus.DONE), LATER);

		assertThatThrownBy(() -> done.change(new UpdateRoadmapItem("Renamed", null, null, null), LATER))
			.isInstanceOf(ProblemException.class)
			.satisfies((ex) -> assertThat(((ProblemException) ex).status()).isEqualTo(409));
		assertThat(done.change(new UpdateRoadmapItem("Renamed", null, RoadmapStatus.PLANNED, null), LATER).title())
			.isEqualTo("Renamed");
	}

	@Test
	void fieldsLeftOutStayAndEmptyNotesRemoveThem() {
		RoadmapItem noted = this.planned.change(new UpdateRoadmapItem(null, null, null, "Pilot first"), LATER);
		RoadmapItem cleared = noted.change(new UpdateRoadmapItem(null, LocalDate.of(2026, 12, 31), null, ""), LATER);

		assertThat(noted.notes()).isEqualTo("Pilot first");
		assertThat(noted.title()).isEqualTo("Enforce MFA");
		assertThat(cleared.notes()).isNull();
		assertThat(cleared.targetDate()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(cleared.status()).isEqualTo(RoadmapStatus.PLANNED);
	}

	private static UpdateRoadmapItem status(RoadmapStatus status) {
		return new UpdateRoadmapItem(null, null, status, null);
	}

}
