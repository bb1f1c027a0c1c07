package io.tenantry.scanning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The real scanner files in {@code tenantry.samples.dir}, which tests may read and the product never does. */
public final class Samples {

	private Samples() {
	}

	public static Path dir() {
		String dir = System.getProperty("tenantry.samples.dir");
		if (dir == null) {
			throw new IllegalStateException("Set the system property tenantry.samples.dir");
		}
		return Path.of(dir);
	}

	public static Path file(String relative) {
		return dir().resolve(relative);
	}

	public static byte[] bytes(String relative) {
		try {
			return Files.readAllBytes(file(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every data file of the samples (not the READMEs and licences), relative to the samples dir. */
	public static Stream<String> all() {
		try (Stream<Path> files = Files.walk(dir())) {
			return files.filter(Files::isRegularFile)
				.map((file) -> dir().relativize(file).toString())
				.filter((name) -> !name.endsWith("README.md") && !name.endsWith("LICENSE"))
				.sorted()
				.toList()
				.stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The import format of a scan result file, or null for files that are no scan (catalogues, CSV). */
	public static ImportFormat formatOf(String relative) {
		if (relative.startsWith("scubagear/Scuba") && relative.endsWith(".json") && !relative.contains("Baselines")
				|| relative.equals("scubagear/TestResults.json")) {
			return ImportFormat.SCUBAGEAR;
		}
		if (relative.startsWith("prowler/") && relative.endsWith(".ocsf.json")) {
			return ImportFormat.PROWLER_OCSF;
		}
		if (relative.startsWith("maester/") && relative.endsWith(".json")) {
			return ImportFormat.MAESTER;
		}
		return null;
	}

	/** The format whose importer a non-scan file of this folder is most easily mistaken for. */
	public static ImportFormat folderFormat(String relative) {
		if (relative.startsWith("prowler/")) {
			return ImportFormat.PROWLER_OCSF;
		}
		return relative.startsWith("maester/") ? ImportFormat.MAESTER : ImportFormat.SCUBAGEAR;
	}

}
