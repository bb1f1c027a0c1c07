package io.tenantry.portal.web;

import io.tenantry.portal.ChangeKind;
import io.tenantry.portal.RaiseChangeRequest;
import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portal's "Request change" dialog: one form for every kind; the service checks what the kind
 * needs. {@code page} names the portal page it was raised on, to return there.
 */
record ChangeRequestForm(@Nullable String kind, @Nullable String target, @Nullable String email, @Nullable String role,
		@Nullable String text, @Nullable String page) {

	/** The page to return to: only the pages that raise requests, so the form cannot redirect elsewhere. */
	String returnPath() {
		return switch (String.valueOf(this.page)) {
			case "licences" -> "/portal/licences";
			case "security" -> "/portal/security";
			default -> "/portal/users";
		};
	}

	RaiseChangeRequest toCommand() {
		ChangeKind changeKind;
		try {
			changeKind = ChangeKind.of(String.valueOf(this.kind));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalid("kind", "must be add-member, remove-member, change-role or other");
		}
		if (changeKind == ChangeKind.OTHER) {
			return new RaiseChangeRequest(changeKind, blankToNull(this.target), JsonNodeFactory.instance.stringNode(this.text));
		}
		ObjectNode details = JsonNodeFactory.instance.objectNode();
		details.put("email", this.email);
		details.put("role", this.role);
		return new RaiseChangeRequest(changeKind, blankToNull(this.target), details);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
