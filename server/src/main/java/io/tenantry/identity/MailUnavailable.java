package io.tenantry.identity;

import io.tenantry.platform.ProblemException;

/** The configured SMTP server did not take a mail, so the change that needed it is undone. */
public final class MailUnavailable extends ProblemException {

	private MailUnavailable(String detail) {
		super(503, "mail_unavailable", detail);
	}

	static MailUnavailable because(Exception cause) {
		MailUnavailable problem = new MailUnavailable("The mail server did not accept the message; try again later.");
		problem.initCause(cause);
		return problem;
	}

}
