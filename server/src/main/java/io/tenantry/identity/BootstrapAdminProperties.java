package io.tenantry.identity;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first SuperAdmin of an empty database, from {@code TENANTRY_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code TENANTRY_BOOTSTRAP_ADMIN_PASSWORD}.
 */
@ConfigurationProperties("tenantry.bootstrap.admin")
record BootstrapAdminProperties(@Nullable String email, @Nullable String password) {
}
