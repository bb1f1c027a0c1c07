package io.tenantry.compliance;

/**
 * A framework a finding belongs to. {@code importOwned} frameworks (Prowler checks, Maester tests)
 * are created by imports and take control titles and severities from the files.
 */
public record FrameworkRef(String id, String name, boolean importOwned) {

	/** Controls that a native file names and no framework knows. */
	public static final FrameworkRef CUSTOM = new FrameworkRef("custom", "Custom controls", true);

}
