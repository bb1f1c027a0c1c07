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
			"https://user@93.184.215.14/", "file:///etc/passwd", "not a url", "https://0.1.2.3/", "https://198.18.0.1/",
			"https://198.51.100.7/", "https://240.0.0.1/", "https://255.255.255.255/", "https://192.0.0.8/",
			"https://[64:ff9b::a00:1]/", "https://[2002:a00:1::]/", "https://[2001:db8::1]/", "https://[2001:0:4136::1]/",
			"https://[fe80::1]/", "https://[::ffff:127.0.0.1]/" })
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
