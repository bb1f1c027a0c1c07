package io.tenantry.portal;

/** The MSP approved or rejected a change request; the requester is told. */
public record ChangeRequestDecided(ChangeRequest request) {
}
