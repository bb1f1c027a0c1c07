package io.tenantry.identity;

/** A user completed a login and is about to get a session or token; other modules record it where they need. */
public record LoggedIn(CurrentUser user, LoginChannel channel) {
}
