package io.tenantry.portal;

import java.util.Arrays;

import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * A logo image: PNG or JPEG only, recognized by its first bytes (never by a declared type), and
 * small, so that it is always served with a content type that browsers render as an image.
 */
public record Logo(byte[] bytes, String contentType) {

	static final int MAX_BYTES = 256 * 1024;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	/** The upload as a logo; refuses anything else. */
	static Logo of(byte @Nullable [] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw ProblemException.badRequest("logo_missing", "Send the logo as the request body.");
		}
		if (bytes.length > MAX_BYTES) {
			throw ProblemException.unprocessable("logo_too_large", "The logo may have at most " + MAX_BYTES / 1024 + " KB.");
		}
		if (startsWith(bytes, PNG)) {
			return new Logo(bytes, "image/png");
		}
		if (startsWith(bytes, JPEG)) {
			return new Logo(bytes, "image/jpeg");
		}
		throw ProblemException.unprocessable("unsupported_image", "The logo must be a PNG or JPEG image.");
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
