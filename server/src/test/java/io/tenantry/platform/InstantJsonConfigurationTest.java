package io.tenantry.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Instants in JSON read exactly as Jackson's own serializer wrote them. */
class InstantJsonConfigurationTest {

	private static final JsonMapper WITH_MODULE = JsonMapper.builder()
		.addModule(new InstantJsonConfiguration().instantModule())
		.build();

	private static final JsonMapper JACKSONS_OWN = JsonMapper.builder().build();

	@Test
	void everyPrecisionAndYearReadsAsJacksonWritesIt() {
		List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("2026-12-01T18:57:10Z"),
				Instant.parse("2026-12-01T18:57:00.100Z"), Instant.parse("2026-12-01T18:57:10.245157Z"),
				Instant.parse("2026-12-01T18:57:10.000000001Z"), Instant.parse("0000-01-01T00:00:00Z"),
				Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
				Instant.parse("-0001-12-31T23:59:59.5Z"), Instant.MIN, Instant.MAX));
		SplittableRandom random = new SplittableRandom(20261201);
		for (int i = 0; i < 10_000; i++) {
			long second = random.nextLong(-62_167_219_200L, 253_402_300_800L);
			int nano = switch (i % 4) {
				case 0 -> 0;
				case 1 -> random.nextInt(1000) * 1_000_000;
				case 2 -> random.nextInt(1_000_000) * 1_000;
				default -> random.nextInt(1_000_000_000);
			};
			instants.add(Instant.ofEpochSecond(second, nano));
		}

		for (Instant instant : instants) {
			Map<String, Instant> value = Map.of("at", instant);
			assertThat(WITH_MODULE.writeValueAsString(value)).as(instant.toString())
				.isEqualTo(JACKSONS_OWN.writeValueAsString(value));
		}
	}

}
