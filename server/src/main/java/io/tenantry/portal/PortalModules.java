package io.tenantry.portal;

import jakarta.validation.constraints.NotNull;

/** Which portal modules a client's portal users see. */
public record PortalModules(@NotNull Boolean dashboard, @NotNull Boolean scorecard, @NotNull Boolean licences,
		@NotNull Boolean users, @NotNull Boolean security, @NotNull Boolean reports) {

	public static final PortalModules ALL = new PortalModules(true, true, true, true, true, true);

	public boolean shows(PortalModule module) {
		return switch (module) {
			case DASHBOARD -> this.dashboard;
			case SCORECARD -> this.scorecard;
			case LICENCES -> this.licences;
			case USERS -> this.users;
			case SECURITY -> this.security;
			case REPORTS -> this.reports;
		};
	}

}
