package io.tenantry.audit.web;

import java.io.IOException;
import java.util.UUID;

import io.tenantry.audit.AuditActor;
import io.tenantry.audit.AuditLog;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/** Streams a chain as a JSON Lines download, for the API and the pages alike. */
final class AuditExport {

	static final String NDJSON_UTF8 = "application/x-ndjson;charset=UTF-8";

	private AuditExport() {
	}

	/** Checks access before the first byte, then writes in the request's thread (its security context). */
	static void write(AuditLog log, AuditActor caller, @Nullable UUID orgId, HttpServletResponse response)
			throws IOException {
		log.requireExportable(caller, orgId);
		String filename = (orgId != null) ? "audit-" + orgId + ".jsonl" : "audit-platform.jsonl";
		response.setContentType(NDJSON_UTF8);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
		log.export(caller, orgId, response.getOutputStream());
	}

}
