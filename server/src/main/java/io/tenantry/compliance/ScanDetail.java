package io.tenantry.compliance;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A scan with all its findings. */
public record ScanDetail(@JsonUnwrapped ScanView scan, List<ScanResultView> results) {
}
