package io.tenantry.reporting;

/** A generated report to download: its file name, media type and bytes. */
public record ReportFile(String filename, String contentType, byte[] content) {

	static final String PDF = "application/pdf";

	static final String CSV = "text/csv;charset=UTF-8";

}
