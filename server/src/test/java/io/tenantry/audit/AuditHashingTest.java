package io.tenantry.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical form exactly as the README documents it, so that others can recompute hashes. */
class AuditHashingTest {

	private static final AuditEntry ENTRY = new AuditEntry(UUID.fromString("11111111-2222-3333-4444-555555555555"), 7,
			Instant.parse("2025-03-04T05:06:07.000008Z"), null, "a\"b@example.test", "203.0.113.9", "ua\\1\u0001",
			"member.added", null, "{\"role\":\"AUDITOR\"}", null, null, AuditHashing.GENESIS, "");

	@Test
	void canonicalFormHasFixedKeysMicrosecondUtcTimeAndExplicitNulls() {
		assertThat(AuditHashing.canonical(ENTRY)).isEqualTo("{\"orgId\":\"11111111-2222-3333-4444-555555555555\","
				+ "\"seq\":7,\"at\":\"2025-03-04T05:06:07.000008Z\",\"actorId\":null,"
				+ "\"actorEmail\":\"a\\\"b@example.test\",\"ip\":\"203.0.113.9\",\"userAgent\":\"ua\\\\1\\u0001\","
				+ "\"action\":\"member.added\",\"target\":null,\"details\":\"{\\\"role\\\":\\\"AUDITOR\\\"}\","
				+ "\"onBehalfOfOrgId\":null,\"onBehalfOfTier\":null}");
	}

	@Test
	void timeHasSixFractionDigitsInUtcForAnyInstant() {
		DateTimeFormatter documented = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
		Random random = new Random(42);
		for (int i = 0; i < 1000; i++) {
			Instant at = AuditHashing.truncate(Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
					(i % 3 == 0) ? 0 : random.nextInt(1_000_000_000)));
			AuditEntry entry = new AuditEntry(null, 1, at, null, null, null, null, "a", null, "{}", null, null,
					AuditHashing.GENESIS, "");
			assertThat(AuditHashing.canonical(entry)).contains("\"at\":\"" + documented.format(at) + "\"");
		}
	}

	@Test
	void hashIsLowerHexSha256OfPrevHashThenCanonicalForm() throws Exception {
		var sha = java.security.MessageDigest.getInstance("SHA-256");
		byte[] expected = sha.digest((AuditHashing.GENESIS + AuditHashing.canonical(ENTRY))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(AuditHashing.hash(AuditHashing.GENESIS, ENTRY))
			.isEqualTo(java.util.HexFormat.of().formatHex(expected))
			.matches("[0-9a-f]{64}");
	}

	@Test
	void forwardedForIsHonouredOnlyFromTrustedProxies() {
		TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "::1/128"));
		assertThat(proxies.clientAddress("10.1.2.3", "198.51.100.7, 10.9.9.9")).isEqualTo("198.51.100.7");
		assertThat(proxies.clientAddress("0:0:0:0:0:0:0:1", "198.51.100.7")).isEqualTo("198.51.100.7");
		assertThat(proxies.clientAddress("203.0.113.5", "198.51.100.7")).isEqualTo("203.0.113.5");
		assertThat(new TrustedProxies(List.of()).clientAddress("10.1.2.3", "198.51.100.7")).isEqualTo("10.1.2.3");
	}

}
