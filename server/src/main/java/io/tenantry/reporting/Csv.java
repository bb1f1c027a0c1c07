package io.tenantry.reporting;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * CSV as spreadsheets read it (RFC 4180, CRLF). A cell that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) is prefixed with a quote, so a scanner's
 * message cannot execute in the reader's spreadsheet.
 */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	Csv(String... header) {
		row((Object[]) header);
	}

	Csv row(@Nullable Object... cells) {
		this.text.append(Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
		return this;
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

	static String cell(@Nullable Object value) {
		String cell = (value != null) ? value.toString() : "";
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			cell = "'" + cell;
		}
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
			return "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}

}
