package io.tenantry.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import io.tenantry.platform.ProblemException;
import org.jspecify.annotations.Nullable;

/** Reports cover calendar months in UTC, up to the current one. */
final class ReportMonths {

	private ReportMonths() {
	}

	static YearMonth current(Instant now) {
		return YearMonth.from(now.atOffset(ZoneOffset.UTC));
	}

	/** The month a request names as {@code YYYY-MM}, the current one when it names none; never a future one. */
	static YearMonth parse(@Nullable String month, Instant now) {
		YearMonth current = current(now);
		if (month == null || month.isBlank()) {
			return current;
		}
		YearMonth parsed;
		try {
			parsed = YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.invalid("month", "must be a month like 2026-03");
		}
		if (parsed.isAfter(current)) {
			throw ProblemException.unprocessable("month_in_future", "The month " + parsed + " has not begun yet.");
		}
		return parsed;
	}

	static Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The month's end, or now for the current month. */
	static Instant end(YearMonth month, Instant now) {
		Instant end = start(month.plusMonths(1));
		return end.isAfter(now) ? now : end;
	}

}
