package io.tenantry.audit;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit settings. {@code trustedProxies}: CIDR blocks (e.g. {@code 10.0.0.0/8}) of reverse proxies
 * whose {@code X-Forwarded-For} header names the client; from anyone else the header is ignored.
 */
@ConfigurationProperties("tenantry.audit")
record AuditProperties(@DefaultValue List<String> trustedProxies) {
}
