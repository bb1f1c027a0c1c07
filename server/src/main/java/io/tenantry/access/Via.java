package io.tenantry.access;

/** The path through which a principal reaches an org. */
public enum Via {

	SUPER_ADMIN, MEMBER, MSP, AUDITOR_GRANT, API_KEY

}
