package io.tenantry.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** An evidence bundle's download: a zip of its files, written straight to the response. */
public record EvidenceArchive(String filename, List<ReportFile> files) {

	public static final String CONTENT_TYPE = "application/zip";

	/** Writes the zip to {@code out}, leaving {@code out} open. */
	public void writeTo(OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		for (ReportFile file : this.files) {
			zip.putNextEntry(new ZipEntry(file.filename()));
			zip.write(file.content());
			zip.closeEntry();
		}
		zip.finish();
	}

}
