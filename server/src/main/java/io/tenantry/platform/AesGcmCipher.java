package io.tenantry.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * AES-256-GCM for secrets kept at rest (TOTP secrets, webhook secrets): each value gets a fresh 96-bit
 * nonce, stored in front of the ciphertext and its tag, all base64. A tampered value or a different
 * key fails to decrypt.
 */
public final class AesGcmCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	private AesGcmCipher(byte[] key) {
		if (key.length != 32) {
			throw new IllegalStateException("An AES-GCM key must be 32 bytes (base64 of 256 bits).");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/** The configured key (base64), or the one in {@code keyFile}, generated there on first start. */
	public static AesGcmCipher of(@Nullable String configuredKey, Path keyFile) {
		if (configuredKey != null && !configuredKey.isBlank()) {
			return new AesGcmCipher(Base64.getDecoder().decode(configuredKey.trim()));
		}
		Path file = keyFile.toAbsolutePath();
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] generated = new byte[32];
				RANDOM.nextBytes(generated);
				Files.writeString(file, Base64.getEncoder().encodeToString(generated), StandardOpenOption.CREATE_NEW);
				restrictToOwner(file);
			}
			return new AesGcmCipher(Base64.getDecoder().decode(Files.readString(file).trim()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the key " + file, ex);
		}
	}

	public String encrypt(String plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

	public String decrypt(String stored) {
		byte[] bytes = Base64.getDecoder().decode(stored);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A stored secret does not decrypt with this key", ex);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

}
