package io.tenantry.compliance;

/** Whether the org's remediation webhook took a remediation request (answered 2xx). */
public enum RemediationStatus {

	SENT, FAILED

}
