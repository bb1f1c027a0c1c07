package io.tenantry.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesGcmCipherTest {

	@TempDir
	Path dataDir;

	@Test
	void generatesAKeyIntoTheDataDirAndReusesIt() throws Exception {
		String sealed = AesGcmCipher.of(null, this.dataDir.resolve("test.key")).encrypt("webhook secret");

		assertThat(Files.exists(this.dataDir.resolve("test.key"))).isTrue();
		assertThat(sealed).doesNotContain("webhook secret");
		assertThat(AesGcmCipher.of(null, this.dataDir.resolve("test.key")).decrypt(sealed)).isEqualTo("webhook secret");
	}

	@Test
	void everyEncryptionUsesAFreshNonce() {
		AesGcmCipher cipher = AesGcmCipher.of(null, this.dataDir.resolve("test.key"));

		assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
	}

	@Test
	void tamperedValueOrOtherKeyDoesNotDecrypt() {
		String sealed = AesGcmCipher.of(null, this.dataDir.resolve("test.key")).encrypt("webhook secret");
		char[] chars = sealed.toCharArray();
		chars[20] = (chars[20] == 'A') ? 'B' : 'A';

		assertThatThrownBy(() -> AesGcmCipher.of(null, this.dataDir.resolve("test.key")).decrypt(new String(chars)))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> AesGcmCipher.of("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", this.dataDir.resolve("test.key")).decrypt(sealed))
			.isInstanceOf(IllegalStateException.class);
	}

}
