package io.tenantry.identity;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends mails through SMTP when {@code spring.mail.host} is set; otherwise keeps their plain
 * text in the outbox that SuperAdmins read, so an embedded installation still delivers its links.
 * A mail with HTML goes out as {@code multipart/alternative} beside its plain text, with its
 * inline images as related parts.
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
		send(Mail.plain(to, subject, body));
	}

	public void send(Mail mail) {
		JavaMailSender smtp = this.sender.getIfAvailable();
		if (smtp == null) {
			this.outbox.keep(mail.to(), mail.subject(), mail.text());
			return;
		}
		MimeMessage message = smtp.createMimeMessage();
		try {
			compose(new MimeMessageHelper(message, mail.html() != null, StandardCharsets.UTF_8.name()), mail);
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			throw new IllegalArgumentException("The mail to " + mail.to() + " cannot be composed.", ex);
		}
		try {
			smtp.send(message);
		}
		catch (MailException ex) {
			throw MailUnavailable.because(ex);
		}
	}

	private void compose(MimeMessageHelper message, Mail mail) throws MessagingException, UnsupportedEncodingException {
		if (mail.senderName() != null) {
			message.setFrom(this.from, mail.senderName());
		}
		else {
			message.setFrom(this.from);
		}
		if (mail.replyTo() != null) {
			message.setReplyTo(mail.replyTo());
		}
		message.setTo(mail.to());
		message.setSubject(mail.subject());
		if (mail.html() != null) {
			message.setText(mail.text(), mail.html());
		}
		else {
			message.setText(mail.text());
		}
		for (Mail.InlineImage image : mail.images()) {
			message.addInline(image.contentId(), new ByteArrayResource(image.bytes()), image.contentType());
		}
	}

}
