package io.tenantry.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for TOTP secrets at rest. The key comes from {@code tenantry.identity.mfa-key}
 * (base64), or from {@code mfa.key} in the data directory, generated there on first start.
 */
@Component
class SecretCipher {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	SecretCipher(IdentityProperties properties, @Value("${tenantry.data-dir:./data}") String dataDir) {
		String configured = properties.mfaKey();
		byte[] bytes = (configured != null) ? Base64.getDecoder().decode(configured.trim())
				: keyFile(Path.of(dataDir, "mfa.key"));
		if (bytes.length != 32) {
			throw new IllegalStateException("The MFA key must be 32 bytes (base64 of 256 bits)");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	String encrypt(String plain) {
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[IV_BYTES + sealed.length];
			System.arraycopy(iv, 0, out, 0, IV_BYTES);
			System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String decrypt(String encrypted) {
		try {
			byte[] in = Base64.getDecoder().decode(encrypted);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A TOTP secret does not decrypt with this MFA key", ex);
		}
	}

	private static byte[] keyFile(Path file) {
		try {
			if (!Files.exists(file)) {
				byte[] fresh = new byte[32];
				RANDOM.nextBytes(fresh);
				Files.createDirectories(file.toAbsolutePath().getParent());
				Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
				restrictToOwner(file);
			}
			return Base64.getDecoder().decode(Files.readString(file).trim());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the MFA key " + file, ex);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the directory's permissions protect it.
		}
	}

}
