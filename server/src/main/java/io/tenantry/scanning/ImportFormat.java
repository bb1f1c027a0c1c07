package io.tenantry.scanning;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.tenantry.platform.ProblemException;

/** The file formats {@code POST …/scans/import?format=} accepts. */
public enum ImportFormat {

	NATIVE("native"), SCUBAGEAR("scubagear"), PROWLER_OCSF("prowler-ocsf"), MAESTER("maester");

	private final String value;

	ImportFormat(String value) {
		this.value = value;
	}

	public String value() {
		return this.value;
	}

	public static ImportFormat of(String value) {
		return Arrays.stream(values())
			.filter((format) -> format.value.equals(value))
			.findFirst()
			.orElseThrow(() -> ProblemException.invalid("format", "must be one of "
					+ Arrays.stream(values()).map(ImportFormat::value).collect(Collectors.joining(", "))));
	}

}
