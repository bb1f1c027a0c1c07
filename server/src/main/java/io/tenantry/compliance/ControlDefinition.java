package io.tenantry.compliance;

import org.jspecify.annotations.Nullable;

/** A control as the catalogue stores it. */
record ControlDefinition(String controlId, String frameworkId, String title, @Nullable String description,
		Severity severity) {
}
