package io.tenantry.reporting.web;

import java.io.IOException;

import io.tenantry.reporting.EvidenceArchive;
import io.tenantry.reporting.ReportFile;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Reports as attachments, for the API, the pages and the portal alike. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(ReportFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.filename()))
			.body(file.content());
	}

	/** Writes the zip in the request's thread, once the archive's contents are read and its download audited. */
	static void write(EvidenceArchive archive, HttpServletResponse response) throws IOException {
		response.setContentType(EvidenceArchive.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(archive.filename()));
		archive.writeTo(response.getOutputStream());
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename).build().toString();
	}

}
