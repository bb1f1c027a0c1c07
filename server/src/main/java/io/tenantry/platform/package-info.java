/** The shell every module stands on: errors as RFC 9457 problems, time, HTTP limits and the page layout. */
@org.jspecify.annotations.NullMarked
package io.tenantry.platform;
