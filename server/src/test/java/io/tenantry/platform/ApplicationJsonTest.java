package io.tenantry.platform;

import io.tenantry.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's JSON mapper, as every API response is written with it. */
class ApplicationJsonTest extends IntegrationTest {

	@Autowired
	private JsonMapper json;

	@Test
	void readsPropertiesThroughGeneratedAccessors() {
		assertThat(this.json.registeredModules()).anyMatch(BlackbirdModule.class::isInstance);
	}

}
