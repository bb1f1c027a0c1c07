package io.tenantry.test;

import io.tenantry.identity.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration suite: the whole application on a random port, on PostgreSQL as a
 * non-superuser role, driven over real HTTP through the real security filter chain. Tests share
 * one application context and one database, so each test creates its own users and orgs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

	public static final String ADMIN_EMAIL = "admin@tenantry.test";

	public static final String ADMIN_PASSWORD = "bootstrap-admin-password";

	@LocalServerPort
	private int port;

	@Autowired
	private Users users;

	protected Api api;

	/** Users, orgs and memberships for this test, created through the real application. */
	protected Fixtures fixtures;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabase::url);
		registry.add("spring.datasource.username", () -> TestDatabase.APP_ROLE);
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.flyway.user", () -> TestDatabase.OWNER_ROLE);
		registry.add("spring.flyway.password", () -> "");
		registry.add("tenantry.bootstrap.admin.email", () -> ADMIN_EMAIL);
		registry.add("tenantry.bootstrap.admin.password", () -> ADMIN_PASSWORD);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMail::port);
		// Trust X-Forwarded-For from the loopback proxy, so tests can log in from distinct client addresses.
		registry.add("tenantry.audit.trusted-proxies", () -> "127.0.0.1/32,::1/128");
		// Scan webhooks in tests are local servers standing in for the runbook.
		registry.add("tenantry.scanning.allowed-hosts", () -> "127.0.0.1");
		registry.add("tenantry.scanning.secret-key", () -> "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
		// The scheduler looks for due schedules and overdue scans every second, so tests see its runs soon.
		registry.add("tenantry.scanning.schedule-poll-interval", () -> "1s");
		registry.add("tenantry.scanning.timeout-sweep-interval", () -> "1s");
	}

	@BeforeEach
	void connectApi() {
		this.api = new Api("http://localhost:" + this.port);
		this.fixtures = new Fixtures(this.api, this.users);
	}

	/** A test that signed someone in on its own thread leaves no one signed in for the next. */
	@AfterEach
	void signOutOfThisThread() {
		SecurityContextHolder.clearContext();
	}

	protected Browser browser() {
		return new Browser(baseUrl());
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
