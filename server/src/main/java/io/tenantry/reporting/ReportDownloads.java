package io.tenantry.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

import io.tenantry.access.OrgAccess;
import io.tenantry.audit.AuditEvent;

/** Every download of a report lands in the client's audit trail as {@code report.downloaded}. */
final class ReportDownloads {

	private ReportDownloads() {
	}

	static AuditEvent event(OrgAccess access, String report, Object target, Map<String, Object> details) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("report", report);
		all.putAll(details);
		return AuditEvent.of(access.orgId(), "report.downloaded", target, all)
			.withOnBehalfOf(access.actingThrough(), access.tier());
	}

}
