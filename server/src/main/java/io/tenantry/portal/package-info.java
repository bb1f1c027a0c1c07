/**
 * The client portal: change requests that client staff raise and their MSP decides, branding,
 * module visibility and the portal's own pages.
 */
@org.jspecify.annotations.NullMarked
package io.tenantry.portal;
