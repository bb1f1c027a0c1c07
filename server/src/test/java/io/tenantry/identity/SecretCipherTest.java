package io.tenantry.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretCipherTest {

	@TempDir
	Path dataDir;

	private static IdentityProperties withKey(String mfaKey) {
		return new IdentityProperties(Duration.ofHours(12), null, "tenantry@localhost", Duration.ofDays(7),
				Duration.ofHours(1), mfaKey, new IdentityProperties.Throttle(5, 50, Duration.ofMinutes(15)));
	}

	@Test
	void generatesAKeyIntoTheDataDirectoryAndReusesIt() throws Exception {
		SecretCipher first = new SecretCipher(withKey(null), this.dataDir.toString());
		String sealed = first.encrypt("JBSWY3DPEHPK3PXP");

		SecretCipher restarted = new SecretCipher(withKey(null), this.dataDir.toString());

		assertThat(Base64.getDecoder().decode(Files.readString(this.dataDir.resolve("mfa.key")).trim())).hasSize(32);
		assertThat(sealed).doesNotContain("JBSWY3DPEHPK3PXP");
		assertThat(restarted.decrypt(sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
	}

	@Test
	void aConfiguredKeyWinsAndAnotherKeyCannotDecrypt() {
		String key = Base64.getEncoder().encodeToString(new byte[32]);
		SecretCipher configured = new SecretCipher(withKey(key), this.dataDir.toString());
		String sealed = configured.encrypt("secret");

		assertThat(Files.exists(this.dataDir.resolve("mfa.key"))).isFalse();
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretCipher(withKey(null), this.dataDir.toString()).decrypt(sealed));
	}

	@Test
	void sealsTheSameSecretDifferentlyEachTime() {
		SecretCipher cipher = new SecretCipher(withKey(null), this.dataDir.toString());

		assertThat(cipher.encrypt("secret")).isNotEqualTo(cipher.encrypt("secret"));
	}

}
