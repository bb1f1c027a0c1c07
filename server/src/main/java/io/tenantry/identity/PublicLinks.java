package io.tenantry.identity;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links for mails and callbacks. Without {@code tenantry.identity.public-url} they point at this
 * server's own port, read when the link is made because a random test port is known only then.
 */
@Component
public class PublicLinks {

	private final IdentityProperties properties;

	private final Environment environment;

	PublicLinks(IdentityProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	/** The public URL of a path, e.g. {@code /msp/change-requests} (an empty path gives the base, without a trailing slash). */
	public String to(String path) {
		String base = this.properties.publicUrl();
		if (base == null) {
			String port = this.environment.getProperty("local.server.port",
					this.environment.getProperty("server.port", "8080"));
			base = "http://localhost:" + port;
		}
		return base.replaceAll("/+$", "") + path;
	}

}
