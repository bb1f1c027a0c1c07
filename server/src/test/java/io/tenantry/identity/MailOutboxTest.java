package io.tenantry.identity;

import java.util.UUID;

import io.tenantry.test.Browser;
import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.tenantry.identity.UserApiTest.PASSWORD;
import static io.tenantry.identity.UserApiTest.createUser;
import static io.tenantry.identity.UserApiTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

class MailOutboxTest extends IntegrationTest {

	@Autowired
	private MailOutbox outbox;

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
	void otherUsersCannotReadTheOutbox() {
		String email = uniqueEmail();
		createUser(this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD), email, PASSWORD);
		Browser browser = browser();
		browser.login(email, PASSWORD);

		assertThat(browser.get("/admin/outbox").status()).isEqualTo(403);
	}

}
