package io.tenantry.compliance;

/** How much a failing control matters; CRITICAL and HIGH failures raise alerts. */
public enum Severity {

	CRITICAL, HIGH, MEDIUM, LOW, INFO

}
