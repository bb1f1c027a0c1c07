package io.tenantry.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Instants in JSON as Jackson writes them by default, ISO-8601 in UTC with the fraction of a second
 * in groups of three digits ({@link Instant#toString()}), written straight into the output: a
 * thousand clients' scan times on the Client Dashboard spent a third of its serializing time in
 * {@code DateTimeFormatter}, which builds a string of each.
 */
@Configuration(proxyBeanMethods = false)
class InstantJsonConfiguration {

	/** {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}: four digits of year, as for every instant written here. */
	private static final int LONGEST = 30;

	private static final long FIRST_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();

	private static final long LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

	@Bean
	JacksonModule instantModule() {
		return new SimpleModule("instants").addSerializer(Instant.class, new InstantSerializer());
	}

	/**
	 * Writes the instant into {@code out} as {@link Instant#toString()} would, returning its length;
	 * -1 for years outside 0000 to 9999, which that writes with a sign.
	 */
	static int write(Instant instant, char[] out) {
		if (instant.getEpochSecond() < FIRST_SECOND || instant.getEpochSecond() > LAST_SECOND) {
			return -1;
		}
		LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
		int at = digits(out, 0, time.getYear(), 4);
		at = digits(out, separated(out, at, '-'), time.getMonthValue(), 2);
		at = digits(out, separated(out, at, '-'), time.getDayOfMonth(), 2);
		at = digits(out, separated(out, at, 'T'), time.getHour(), 2);
		at = digits(out, separated(out, at, ':'), time.getMinute(), 2);
		at = digits(out, separated(out, at, ':'), time.getSecond(), 2);
		int nano = instant.getNano();
		if (nano > 0) {
			at = separated(out, at, '.');
			if (nano % 1_000_000 == 0) {
				at = digits(out, at, nano / 1_000_000, 3);
			}
			else if (nano % 1_000 == 0) {
				at = digits(out, at, nano / 1_000, 6);
			}
			else {
				at = digits(out, at, nano, 9);
			}
		}
		return separated(out, at, 'Z');
	}

	private static int separated(char[] out, int at, char separator) {
		out[at] = separator;
		return at + 1;
	}

	private static int digits(char[] out, int at, int value, int width) {
		int rest = value;
		for (int i = at + width - 1; i >= at; i--) {
			out[i] = (char) ('0' + rest % 10);
			rest /= 10;
		}
		return at + width;
	}

	private static final class InstantSerializer extends StdSerializer<Instant> {

		InstantSerializer() {
			super(Instant.class);
		}

		@Override
		public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
			char[] text = new char[LONGEST];
			int length = write(value, text);
			if (length < 0) {
				generator.writeString(value.toString());
			}
			else {
				generator.writeString(text, 0, length);
			}
		}

	}

}
