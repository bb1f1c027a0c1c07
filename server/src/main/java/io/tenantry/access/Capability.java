package io.tenantry.access;

/** Something a principal may do in an org. Controllers ask for these, never for role names. */
public enum Capability {

	COMPLIANCE_READ("compliance:read"),
	OVERRIDE_CREATE("override:create"),
	COMMENT_CREATE("comment:create"),
	ASSIGNMENT_MANAGE("assignment:manage"),
	CHANGEREQUEST_CREATE("changerequest:create"),
	ROADMAP_MANAGE("roadmap:manage"),
	REMEDIATION_TRIGGER("remediation:trigger"),
	SCAN_TRIGGER("scan:trigger"),
	SCAN_IMPORT("scan:import"),
	BRANDING_MANAGE("branding:manage"),
	APIKEY_MANAGE("apikey:manage"),
	CREDENTIALS_MANAGE("credentials:manage"),
	MEMBERS_MANAGE("members:manage"),
	SETTINGS_MANAGE("settings:manage"),
	MSP_MANAGE("msp:manage"),
	AUDIT_READ("audit:read"),
	EVIDENCE_SHARE("evidence:share");

	private final String value;

	Capability(String value) {
		this.value = value;
	}

	/** The name used in the API, e.g. {@code compliance:read}. */
	public String value() {
		return this.value;
	}

}
