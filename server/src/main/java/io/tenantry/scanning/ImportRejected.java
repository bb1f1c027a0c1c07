package io.tenantry.scanning;

import io.tenantry.platform.ProblemException;

/** A scanner file that cannot be imported, saying what is wrong with it; nothing is stored. */
public final class ImportRejected extends ProblemException {

	private ImportRejected(int status, String code, String detail) {
		super(status, code, detail);
	}

	/** Not well-formed JSON (truncated, broken syntax, empty). */
	static ImportRejected malformed(ImportFormat format, String detail) {
		return new ImportRejected(400, "malformed_file", "The " + format.value() + " file is not valid JSON: " + detail);
	}

	/** Well-formed, but not the format the request named. */
	static ImportRejected mismatch(ImportFormat format, String detail) {
		return new ImportRejected(422, "format_mismatch", "The file is not a " + format.value() + " result: " + detail);
	}

	static ImportRejected noResults(ImportFormat format) {
		return new ImportRejected(422, "no_results", "The " + format.value() + " file holds no results to import.");
	}

	static ImportRejected unknownStatus(ImportFormat format, String where, String value) {
		return new ImportRejected(422, "unknown_status",
				where + ": unknown " + format.value() + " status '" + value + "'.");
	}

	/** A finding that lacks or misstates a required field. */
	static ImportRejected invalidFinding(String where, String detail) {
		return new ImportRejected(422, "invalid_finding", where + ": " + detail);
	}

}
