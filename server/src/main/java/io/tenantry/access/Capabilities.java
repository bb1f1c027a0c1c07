package io.tenantry.access;

import java.util.EnumSet;
import java.util.Set;

import static io.tenantry.access.Capability.*;

/** The capability sets of DESIGN.md's table, one per role and tier. */
public final class Capabilities {

	/** What every path that reaches an org grants, and all an archived org still allows. */
	public static final Set<Capability> READ = Set.copyOf(EnumSet.of(COMPLIANCE_READ));

	/** Auditor: read (the audit trail too), plus overrides, comments, assignments and change requests. */
	public static final Set<Capability> REVIEW = union(READ,
			EnumSet.of(AUDIT_READ, OVERRIDE_CREATE, COMMENT_CREATE, ASSIGNMENT_MANAGE, CHANGEREQUEST_CREATE));

	/** T2 Operate: review, plus roadmaps, remediations, scans and sharing evidence with the client. */
	public static final Set<Capability> OPERATE = union(REVIEW,
			EnumSet.of(ROADMAP_MANAGE, REMEDIATION_TRIGGER, SCAN_TRIGGER, SCAN_IMPORT, EVIDENCE_SHARE));

	/** OrgAdmin and T3 Manage: operate, plus branding, API keys, credentials, members and settings. */
	public static final Set<Capability> MANAGE = union(OPERATE,
			EnumSet.of(BRANDING_MANAGE, APIKEY_MANAGE, CREDENTIALS_MANAGE, MEMBERS_MANAGE, SETTINGS_MANAGE));

	/** Client admin in the portal: read, and ask the MSP for changes. */
	public static final Set<Capability> PORTAL_ADMIN = union(READ, EnumSet.of(CHANGEREQUEST_CREATE));

	/** An org's API key: read, and import scans; nothing of people, settings or other orgs. */
	public static final Set<Capability> AGENT = union(READ, EnumSet.of(SCAN_IMPORT));

	public static final Set<Capability> ALL = Set.copyOf(EnumSet.allOf(Capability.class));

	private Capabilities() {
	}

	static Set<Capability> union(Set<Capability> base, Set<Capability> more) {
		EnumSet<Capability> all = EnumSet.noneOf(Capability.class);
		all.addAll(base);
		all.addAll(more);
		return Set.copyOf(all);
	}

}
