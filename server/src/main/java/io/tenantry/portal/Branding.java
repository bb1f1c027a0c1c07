package io.tenantry.portal;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * A client's white-label identity: what its portal and its mails show instead of ours. Orgs
 * without branding, and hosts that name no org, get {@link #DEFAULT}.
 */
public record Branding(@JsonIgnore @Nullable UUID orgId, String productName, String primaryColor,
		@Nullable String logoUrl, @Nullable String supportEmail, @Nullable String portalHost) {

	public static final Branding DEFAULT = new Branding(null, "Client portal", "#0d6efd", null, null, null);

	/** The default identity under an org's id, so that its pages and mails still name the org's assets. */
	static Branding defaultFor(UUID orgId) {
		return new Branding(orgId, DEFAULT.productName(), DEFAULT.primaryColor(), null, null, null);
	}

	/** Where the org's logo is served, relative to the server. */
	static String logoPath(UUID orgId) {
		return "/portal/branding/" + orgId + "/logo";
	}

}
