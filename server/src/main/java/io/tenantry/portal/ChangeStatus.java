package io.tenantry.portal;

/** Where a change request stands: open until the MSP decides; DONE when approval executed it. */
public enum ChangeStatus {

	OPEN, APPROVED, REJECTED, DONE

}
