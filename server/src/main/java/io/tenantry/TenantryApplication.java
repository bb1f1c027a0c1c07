package io.tenantry;

import io.tenantry.audit.AuditFileVerifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Tenantry server: one process serving the API, the MSP pages and the client portal. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TenantryApplication {

	public static void main(String[] args) {
		AuditFileVerifier.exitIfAsked(args);
		SpringApplication.run(TenantryApplication.class, args);
	}

}
