package io.tenantry.portal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.tenantry.access.Role;
import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A raised change checked against its kind and normalized: member kinds name an existing member
 * (or, to add one, an email and a role); {@code other} carries free text.
 */
record RequestedChange(ChangeKind kind, @Nullable String target, JsonNode details) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final int MAX_TEXT = 4000;

	/** Checks the request; {@code roleOf} answers a user's role in the org, if a member. */
	static RequestedChange of(RaiseChangeRequest request, Function<UUID, Optional<Role>> roleOf) {
		JsonNode details = (request.details() != null) ? request.details() : JsonNodeFactory.instance.nullNode();
		return switch (request.kind()) {
			case ADD_MEMBER -> {
				String email = text(details.get("email"));
				if (email == null || email.length() > 320 || !EMAIL.matcher(email).matches()) {
					throw ProblemException.invalid("details.email", "must be an email address");
				}
				String normalized = email.toLowerCase(Locale.ROOT);
				yield new RequestedChange(request.kind(), normalized, object("email", normalized).put("role", role(details).name()));
			}
			case REMOVE_MEMBER -> new RequestedChange(request.kind(), member(request, roleOf), object(null, null));
			case CHANGE_ROLE -> new RequestedChange(request.kind(), member(request, roleOf), object("role", role(details).name()));
			case OTHER -> {
				String text = details.isObject() ? text(details.get("text")) : text(details);
				if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
					throw ProblemException.invalid("details", "must describe the change in at most " + MAX_TEXT + " characters");
				}
				yield new RequestedChange(request.kind(), request.target(), JsonNodeFactory.instance.stringNode(text.strip()));
			}
		};
	}

	/** The new member's email, or the member's user id. */
	String email() {
		return this.details.get("email").asString();
	}

	Role role() {
		return Role.valueOf(this.details.get("role").asString());
	}

	UUID member() {
		return UUID.fromString(this.target);
	}

	private static String member(RaiseChangeRequest request, Function<UUID, Optional<Role>> roleOf) {
		UUID userId;
		try {
			userId = UUID.fromString(String.valueOf(request.target()));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalid("target", "must be the user id of a member");
		}
		if (roleOf.apply(userId).isEmpty()) {
			throw ProblemException.unprocessable("not_a_member", "User " + userId + " is not a member of this organization.");
		}
		return userId.toString();
	}

	private static Role role(JsonNode details) {
		String name = text(details.get("role"));
		try {
			Role role = Role.valueOf(String.valueOf(name));
			if (role == Role.SUPER_ADMIN || role == Role.SERVICE_PROVIDER) {
				throw new IllegalArgumentException(name);
			}
			return role;
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalid("details.role", "must be ORG_ADMIN, AUDITOR, VIEWER, CLIENT_ADMIN or CLIENT_VIEWER");
		}
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node != null && node.isString()) ? node.asString().strip() : null;
	}

	private static ObjectNode object(@Nullable String field, @Nullable String value) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		if (field != null) {
			node.put(field, value);
		}
		return node;
	}

}
