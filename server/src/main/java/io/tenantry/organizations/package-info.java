/** Organizations, their memberships and roles, archiving, the MSP-portal flag and per-org settings. */
@org.jspecify.annotations.NullMarked
package io.tenantry.organizations;
