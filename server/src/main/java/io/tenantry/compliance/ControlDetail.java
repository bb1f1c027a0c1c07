package io.tenantry.compliance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One control of an org: its effective state in the latest scan (null if not in it), history and
 * overrides, and the work on it: assignee, comments (oldest first), roadmap items and remediations.
 */
public record ControlDetail(String controlId, String framework, String title, @Nullable String description,
		Severity severity, @Nullable ControlView current, List<ControlHistoryEntry> history,
		List<OverrideView> overrides, @Nullable Assignee assignee, List<CommentView> comments,
		List<RoadmapItem> roadmap, List<RemediationView> remediations) {
}
