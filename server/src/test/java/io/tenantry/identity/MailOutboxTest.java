package io.tenantry.identity;

import java.util.List;
import java.util.UUID;

import io.tenantry.test.Browser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import static io.tenantry.identity.UserApiTest.PASSWORD;
import static io.tenantry.identity.UserApiTest.createUser;
import static io.tenantry.identity.UserApiTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

class MailOutboxTest extends IntegrationTest {

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private IdentityProperties properties;

	@Test
	void superAdminsReadTheOutbox() {
		String subject = "Kept mail " + UUID.randomUUID();
		this.outbox.keep("someone@example.com", subject, "Follow http://localhost/invite/x");
		Browser browser = browser();
		browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);

		var page = browser.get("/admin/outbox");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(subject, "someone@example.com");
	}

	@Test
	void withoutSmtpAMailWithHtmlIsKeptAsItsPlainText() {
		Mailer withoutSmtp = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), this.outbox,
				this.properties);
		String subject = "Branded " + UUID.randomUUID();

		withoutSmtp.send(new Mail("client@example.com", "Fabrikam Secure", "help@fabrikam.example", subject,
				"Set your password: http://localhost/invite/y", "<p>Set your password</p>",
				List.of(new Mail.InlineImage("logo", "image/png", new byte[] { 1, 2, 3 }))));

		assertThat(this.outbox.newest(new CurrentUser(UUID.randomUUID(), "root@example.com", "Root", true)))
			.filteredOn((mail) -> mail.subject().equals(subject))
			.singleElement()
			.satisfies((mail) -> {
				assertThat(mail.recipient()).isEqualTo("client@example.com");
				assertThat(mail.body()).isEqualTo("Set your password: http://localhost/invite/y");
			});
	}

	@Test
	void otherUsersCannotReadTheOutbox() {
		String email = uniqueEmail();
		createUser(this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD), email, PASSWORD);
		Browser browser = browser();
		browser.login(email, PASSWORD);

		assertThat(browser.get("/admin/outbox").status()).isEqualTo(403);
	}

}
