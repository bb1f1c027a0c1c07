/**
 * The tamper-evident audit trail: one SHA-256 hash chain per org plus a platform chain, appended
 * from {@link io.tenantry.audit.AuditableEvent}s in the same transaction as the change they record.
 */
@org.jspecify.annotations.NullMarked
package io.tenantry.audit;
