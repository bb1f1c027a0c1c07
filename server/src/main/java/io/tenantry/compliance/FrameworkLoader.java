package io.tenantry.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the frameworks shipped in {@code compliance/frameworks/*.json} at startup. Idempotent: a
 * restart refreshes titles, descriptions and severities and adds new controls; nothing is removed,
 * since past scans refer to retired controls.
 */
@Component
class FrameworkLoader implements ApplicationRunner {

	private static final String LOCATION = "classpath*:compliance/frameworks/*.json";

	private final CatalogRepository catalog;

	private final JsonMapper json = JsonMapper.builder().build();

	FrameworkLoader(CatalogRepository catalog) {
		this.catalog = catalog;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
			try (InputStream in = resource.getInputStream()) {
				load(this.json.readTree(in));
			}
		}
	}

	private void load(JsonNode framework) {
		FrameworkRef ref = new FrameworkRef(framework.get("id").asString(), framework.get("name").asString(), false);
		this.catalog.upsertFramework(ref, framework.get("description").asString());
		List<ControlDefinition> controls = framework.get("controls")
			.valueStream()
			.map((control) -> new ControlDefinition(control.get("id").asString(), ref.id(),
					control.get("title").asString(), control.get("description").asString(),
					Severity.valueOf(control.get("severity").asString())))
			.toList();
		this.catalog.upsertControls(controls);
	}

}
