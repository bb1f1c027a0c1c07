package io.tenantry.portal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A request for a change: {@code add-member} with details {@code {email, role}}, {@code remove-member}
 * with the member's user id as target, {@code change-role} with target and details {@code {role}},
 * {@code other} with free text as details.
 */
public record RaiseChangeRequest(@NotNull ChangeKind kind, @Nullable @Size(max = 200) String target,
		@Nullable JsonNode details) {
}
