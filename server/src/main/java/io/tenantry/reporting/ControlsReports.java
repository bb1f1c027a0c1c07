package io.tenantry.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.compliance.ControlFilter;
import io.tenantry.compliance.Controls;
import io.tenantry.identity.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every control of an org with its effective status, as CSV for spreadsheets. */
@Service
public class ControlsReports {

	private static final String FILENAME = "controls.csv";

	private final Controls controls;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	ControlsReports(Controls controls, AccessService access, ApplicationEventPublisher events) {
		this.controls = controls;
		this.access = access;
		this.events = events;
	}

	/** The controls of the org's latest scan, audited as downloaded. */
	@Transactional
	public ReportFile download(CurrentUser caller, UUID orgId) {
		OrgAccess access = this.access.require(caller, orgId, Capability.COMPLIANCE_READ);
		Csv csv = new Csv("controlId", "title", "severity", "status", "overridden");
		this.controls.list(caller, orgId, ControlFilter.NONE)
			.forEach((control) -> csv.row(control.controlId(), control.title(), control.severity(), control.status(),
					control.overridden()));
		this.events.publishEvent(ReportDownloads.event(access, "controls", FILENAME, Map.of()));
		return new ReportFile(FILENAME, ReportFile.CSV, csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
