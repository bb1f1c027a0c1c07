package io.tenantry.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mails through SMTP when {@code spring.mail.host} is set; otherwise keeps them
 * in the outbox that SuperAdmins read, so an embedded installation still delivers its links.
 */
@Component
public class Mailer {

	private final ObjectProvider<JavaMailSender> sender;

	private final MailOutbox outbox;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, MailOutbox outbox, IdentityProperties properties) {
		this.sender = sender;
		this.outbox = outbox;
		this.from = properties.mailFrom();
	}

	public void send(String to, String subject, String body) {
		JavaMailSender smtp = this.sender.getIfAvailable();
		if (smtp == null) {
			this.outbox.keep(to, subject, body);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			smtp.send(message);
		}
		catch (MailException ex) {
			throw MailUnavailable.because(ex);
		}
	}

}
