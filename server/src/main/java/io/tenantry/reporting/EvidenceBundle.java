package io.tenantry.reporting;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A completed scan packaged as evidence; {@code shared} bundles are visible to the client's portal users. */
public record EvidenceBundle(@JsonIgnore UUID orgId, UUID id, UUID scanId, String title, boolean shared,
		UUID createdBy, Instant createdAt) {

	EvidenceBundle withShared(boolean shared) {
		return new EvidenceBundle(this.orgId, this.id, this.scanId, this.title, shared, this.createdBy, this.createdAt);
	}

}
