package io.tenantry.identity;

import java.nio.file.Path;

import io.tenantry.platform.AesGcmCipher;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for TOTP secrets at rest. The key comes from {@code tenantry.identity.mfa-key}
 * (base64), or from {@code mfa.key} in the data directory, generated there on first start.
 */
@Component
class SecretCipher {

	private final AesGcmCipher cipher;

	SecretCipher(IdentityProperties properties, @Value("${tenantry.data-dir:./data}") String dataDir) {
		this.cipher = AesGcmCipher.of(properties.mfaKey(), Path.of(dataDir, "mfa.key"));
	}

	String encrypt(String plain) {
		return this.cipher.encrypt(plain);
	}

	String decrypt(String encrypted) {
		return this.cipher.decrypt(encrypted);
	}

}
