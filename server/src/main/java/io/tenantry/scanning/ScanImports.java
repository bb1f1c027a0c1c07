package io.tenantry.scanning;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tenantry.access.AccessService;
import io.tenantry.access.Capability;
import io.tenantry.access.OrgAccess;
import io.tenantry.compliance.ScanSubmission;
import io.tenantry.compliance.ScanView;
import io.tenantry.compliance.Scans;
import io.tenantry.identity.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * Imports a scanner's file as a scan of an org: checks access, parses the whole file, and only then
 * stores the scan in one transaction, so a rejected file stores nothing.
 */
@Service
public class ScanImports {

	private final Map<ImportFormat, ScanImporter> importers;

	private final Scans scans;

	private final AccessService access;

	ScanImports(List<ScanImporter> importers, Scans scans, AccessService access) {
		this.importers = importers.stream().collect(Collectors.toMap(ScanImporter::format, Function.identity()));
		this.scans = scans;
		this.access = access;
	}

	public ScanView importFile(CurrentUser caller, UUID orgId, String format, InputStream body) {
		OrgAccess access = this.access.require(caller, orgId, Capability.SCAN_IMPORT);
		ScanSubmission submission = this.importers.get(ImportFormat.of(format)).read(body);
		return this.scans.record(access, caller.id(), submission);
	}

}
