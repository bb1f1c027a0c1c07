package io.tenantry.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import org.jspecify.annotations.Nullable;

/**
 * One real SMTP server (GreenMail) on a free port for the whole test JVM; the application sends
 * its mails there, and tests read what arrived.
 */
public final class TestMail {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	public static int port() {
		return server().getSmtp().getPort();
	}

	/** A mail received by this address, waiting for it to arrive. */
	public static Mail awaitMailTo(String recipient) {
		Instant deadline = Instant.now().plus(WAIT);
		while (Instant.now().isBefore(deadline)) {
			List<Mail> mails = mailsTo(recipient);
			if (!mails.isEmpty()) {
				return mails.get(mails.size() - 1);
			}
			server().waitForIncomingEmail(200, Integer.MAX_VALUE);
		}
		throw new AssertionError("No mail to " + recipient + " arrived within " + WAIT);
	}

	/** Every mail received by this address so far, oldest first. */
	public static List<Mail> mailsTo(String recipient) {
		return Arrays.stream(server().getReceivedMessages())
			.filter((message) -> isFor(message, recipient))
			.map(Mail::of)
			.toList();
	}

	private static boolean isFor(MimeMessage message, String recipient) {
		try {
			return Arrays.stream(message.getAllRecipients()).map(Address::toString).anyMatch(recipient::equalsIgnoreCase);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A received mail: its subject, decoded plain text, the decoded HTML alternative (null for a
	 * plain-text mail), the From and Reply-To headers as sent, the Content-IDs of its inline parts,
	 * and the whole message as it went over the wire.
	 */
	public record Mail(String subject, String body, @Nullable String html, String from, @Nullable String replyTo,
			List<String> inlineIds, String raw) {

		private static final Pattern LINK = Pattern.compile("https?://\\S+");

		static Mail of(MimeMessage message) {
			try {
				ByteArrayOutputStream raw = new ByteArrayOutputStream();
				message.writeTo(raw);
				List<Part> parts = new ArrayList<>();
				collect(message, parts);
				String text = parts.stream().filter((part) -> isType(part, "text/plain")).findFirst().map(Mail::content).orElse("");
				String html = parts.stream().filter((part) -> isType(part, "text/html")).findFirst().map(Mail::content).orElse(null);
				List<String> inline = new ArrayList<>();
				for (Part part : parts) {
					if (part instanceof MimePart mime && mime.getContentID() != null) {
						inline.add(mime.getContentID());
					}
				}
				return new Mail(message.getSubject(), text, html, message.getHeader("From", ","),
						message.getHeader("Reply-To", ","), inline, raw.toString(StandardCharsets.UTF_8));
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The leaf parts of a message, depth first. */
		private static void collect(Part part, List<Part> leaves) throws MessagingException, IOException {
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i), leaves);
				}
			}
			else {
				leaves.add(part);
			}
		}

		private static boolean isType(Part part, String type) {
			try {
				return part.isMimeType(type);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static String content(Part part) {
			try {
				return String.valueOf(part.getContent());
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The path of the first link in the body, e.g. {@code /invite/abc}. */
		public String linkPath() {
			Matcher matcher = LINK.matcher(this.body);
			if (!matcher.find()) {
				throw new AssertionError("No link in: " + this.body);
			}
			return java.net.URI.create(matcher.group()).getRawPath();
		}

		/** The absolute first link in the body. */
		public String link() {
			Matcher matcher = LINK.matcher(this.body);
			if (!matcher.find()) {
				throw new AssertionError("No link in: " + this.body);
			}
			return matcher.group();
		}

	}

}
