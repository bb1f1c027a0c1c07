package io.tenantry.scanning;

import java.util.List;

import io.tenantry.platform.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboundGuardTest {

	private final OutboundGuard noAllowList = new OutboundGuard(List.of());

	@ParameterizedTest
	@ValueSource(strings = { "http://93.184.215.14/hook", "https://127.0.0.1/hook", "https://localhost/hook",
			"https://10.0.0.8/hook", "https://172.16.3.4/", "https://192.168.1.1/", "https://169.254.169.254/latest",
			"https://0.0.0.0/", "https://224.0.0.1/", "https://[::1]/", "https://[fd00::1]/", "https://100.64.0.1/",
			"https://user@93.184.215.14/", "file:///etc/passwd", "not a url" })
	void refusesWithoutAnAllowList(String url) {
		assertThatThrownBy(() -> this.noAllowList.check(url)).isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).code())
			.isEqualTo("webhook_refused");
	}

	@Test
	void acceptsHttpsToAPublicAddress() {
		assertThat(this.noAllowList.check("https://93.184.215.14/hook").getHost()).isEqualTo("93.184.215.14");
	}

	@Test
	void allowListedHostsAndCidrsMayBePrivateAndPlainHttp() {
		OutboundGuard guard = new OutboundGuard(List.of("127.0.0.1", "10.20.0.0/16"));

		assertThat(guard.check("http://127.0.0.1:8081/hook").getPort()).isEqualTo(8081);
		assertThat(guard.check("https://10.20.5.6/hook").getHost()).isEqualTo("10.20.5.6");
		assertThatThrownBy(() -> guard.check("https://10.21.5.6/hook")).isInstanceOf(ProblemException.class);
	}

}
