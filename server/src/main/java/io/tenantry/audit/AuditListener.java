package io.tenantry.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every {@link AuditableEvent} synchronously, inside the publisher's transaction. */
@Component
class AuditListener {

	private final AuditAppender appender;

	AuditListener(AuditAppender appender) {
		this.appender = appender;
	}

	@EventListener
	void on(AuditableEvent event) {
		if (event.standalone()) {
			this.appender.appendStandalone(event);
		}
		else {
			this.appender.appendWithChange(event);
		}
	}

}
