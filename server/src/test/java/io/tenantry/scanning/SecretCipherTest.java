package io.tenantry.scanning;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {

	@TempDir
	Path dataDir;

	@Test
	void generatesAKeyIntoTheDataDirAndReusesIt() throws Exception {
		String sealed = SecretCipher.of(null, this.dataDir).encrypt("webhook secret");

		assertThat(Files.exists(this.dataDir.resolve("scanning-secret.key"))).isTrue();
		assertThat(sealed).doesNotContain("webhook secret");
		assertThat(SecretCipher.of(null, this.dataDir).decrypt(sealed)).isEqualTo("webhook secret");
	}

	@Test
	void everyEncryptionUsesAFreshNonce() {
		SecretCipher cipher = SecretCipher.of(null, this.dataDir);

		assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
	}

	@Test
	void tamperedValueOrOtherKeyDoesNotDecrypt() {
		String sealed = SecretCipher.of(null, this.dataDir).encrypt("webhook secret");
		char[] chars = sealed.toCharArray();
		chars[20] = (chars[20] == 'A') ? 'B' : 'A';

		assertThatThrownBy(() -> SecretCipher.of(null, this.dataDir).decrypt(new String(chars)))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> SecretCipher.of("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", this.dataDir).decrypt(sealed))
			.isInstanceOf(IllegalStateException.class);
	}

}
