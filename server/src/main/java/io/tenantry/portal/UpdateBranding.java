package io.tenantry.portal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A client's branding. The logo is uploaded on its own (PNG or JPEG); {@code logoUrl}, where it is
 * served, can only be sent as {@code null}, which removes the logo (absent keeps it).
 */
public record UpdateBranding(@NotBlank @Size(max = 80) String productName,
		@NotNull @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour like #1a2b3c") String primaryColor,
		@Nullable @Email @Size(max = 320) String supportEmail,
		@Nullable @Size(max = 253) @Pattern(regexp = "([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*",
				message = "must be a host name like portal.client.example") String portalHost,
		@Nullable JsonNode logoUrl) {
}
