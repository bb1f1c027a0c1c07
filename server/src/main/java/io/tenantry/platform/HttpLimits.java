package io.tenantry.platform;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Request body limits of the API: a small default, and a larger one for the upload paths
 * (scanner files, logos) matched by Ant-style patterns.
 */
@ConfigurationProperties("tenantry.http")
@Validated
public record HttpLimits(@DefaultValue("1MB") @NotNull DataSize maxBodySize,
		@DefaultValue("50MB") @NotNull DataSize maxUploadSize,
		@DefaultValue({ "/api/v1/orgs/*/scans/import", "/api/v1/orgs/*/scans/*/callback" }) List<String> uploadPaths) {
}
