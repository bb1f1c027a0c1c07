package io.tenantry.audit.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.tenantry.audit.AuditFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit page's query string: an explicit org (else the active one), an actor email part, an
 * action prefix, a date range of whole UTC days with both ends included, and the page's start.
 */
record AuditPageQuery(@Nullable UUID orgId, @Nullable String actor, @Nullable String action,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Long before) {

	/** One more entry than a page shows, which tells whether an older page exists. */
	AuditFilter filter(int pageSize) {
		return new AuditFilter(pageSize + 1, this.before, this.actor, this.action,
				(this.from != null) ? this.from.atStartOfDay(ZoneOffset.UTC).toInstant() : null,
				(this.to != null) ? this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : null);
	}

}
