package io.tenantry.portal;

/** A client raised a change request; its MSP is told. */
public record ChangeRequestRaised(ChangeRequest request) {
}
