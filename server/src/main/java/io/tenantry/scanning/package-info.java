/** Getting scan results in: importers of real scanner output (native, ScubaGear, Prowler OCSF, Maester). */
@org.jspecify.annotations.NullMarked
package io.tenantry.scanning;
