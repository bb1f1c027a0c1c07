package io.tenantry.organizations.web;

import io.tenantry.organizations.UpdateOrganization;
import org.jspecify.annotations.Nullable;

/** The settings form of the organizations page; an unchecked MSP box is absent, which means off. */
record OrgSettingsForm(@Nullable String name, @Nullable String licenseType, @Nullable Integer licenseLimit,
		@Nullable Integer scanStaleAfterDays, @Nullable Boolean mspPortalEnabled) {

	UpdateOrganization toUpdate() {
		return new UpdateOrganization(this.name, this.licenseType, this.licenseLimit, this.scanStaleAfterDays,
				Boolean.TRUE.equals(this.mspPortalEnabled));
	}

}
