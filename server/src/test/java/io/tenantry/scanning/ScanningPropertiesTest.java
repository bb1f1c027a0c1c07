package io.tenantry.scanning;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScanningPropertiesTest {

	@Test
	void configuredCallbackBaseWinsOverTheRequestsAndLosesItsTrailingSlash() {
		assertThat(withCallbackBase("https://tenantry.example/").callbackBase("http://10.0.0.5:8080"))
			.isEqualTo("https://tenantry.example");
		assertThat(withCallbackBase(null).callbackBase("http://localhost:8080/")).isEqualTo("http://localhost:8080");
		assertThat(withCallbackBase(" ").callbackBase("http://localhost:8080")).isEqualTo("http://localhost:8080");
	}

	private static ScanningProperties withCallbackBase(String base) {
		return new ScanningProperties(null, Duration.ofMinutes(30), List.of(), Duration.ofSeconds(5),
				Duration.ofSeconds(10), base, Duration.ofMinutes(1), Duration.ofMinutes(1));
	}

}
