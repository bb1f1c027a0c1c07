package io.tenantry.portal;

/** The parts of the client portal that a client's settings can hide. */
public enum PortalModule {

	DASHBOARD, SCORECARD, LICENCES, USERS, SECURITY, REPORTS

}
