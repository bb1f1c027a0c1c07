package io.tenantry.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A mail to send: always a plain-text body, optionally an HTML alternative with images it shows
 * inline, under a sender display name and with a reply-to address. The sender's address is
 * always the configured {@code tenantry.identity.mail-from}.
 *
 * @param to the recipient's address
 * @param senderName the display name of the sender; the bare address when null
 * @param replyTo where replies go; to the sender when null
 * @param subject the subject line
 * @param text the plain-text body, which the outbox keeps
 * @param html the HTML alternative, or null for a plain-text mail
 * @param images images the HTML shows as {@code cid:<contentId>}
 */
public record Mail(String to, @Nullable String senderName, @Nullable String replyTo, String subject, String text,
		@Nullable String html, List<InlineImage> images) {

	public Mail {
		images = List.copyOf(images);
	}

	/** A plain-text mail from the platform. */
	public static Mail plain(String to, String subject, String text) {
		return new Mail(to, null, null, subject, text, null, List.of());
	}

	/** An image carried in the mail and shown by its HTML as {@code cid:<contentId>}. */
	public record InlineImage(String contentId, String contentType, byte[] bytes) {
	}

}
