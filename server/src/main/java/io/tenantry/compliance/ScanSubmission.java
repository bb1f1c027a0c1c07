package io.tenantry.compliance;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A whole scan to store: where it came from, when the scanner ran, the scanned tenant as the scanner
 * names it, and every finding.
 */
public record ScanSubmission(ScanSource source, @Nullable String format, @Nullable Instant scannedAt,
		@Nullable String tenant, List<Finding> findings) {

	public static final int MAX_TENANT = 300;

}
