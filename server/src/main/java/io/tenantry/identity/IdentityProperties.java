package io.tenantry.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Identity settings under {@code tenantry.identity}. */
@ConfigurationProperties("tenantry.identity")
@Validated
public record IdentityProperties(@DefaultValue("12h") Duration tokenLifetime) {
}
