/**
 * MSP relationships and tiers, technicians' client access and client licensing: how an MSP
 * reaches its clients, and nothing else.
 */
@org.jspecify.annotations.NullMarked
package io.tenantry.msp;
