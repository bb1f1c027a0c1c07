package io.tenantry.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shared catalogue of frameworks and controls; writes are insert-if-absent plus optional update, portable to H2. */
@Repository
class CatalogRepository {

	private static final int BATCH = 500;

	private static final String COLUMNS = "control_id, framework_id, title, description, severity";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	CatalogRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void upsertFramework(FrameworkRef framework, @Nullable String description) {
		int updated = this.jdbc.sql("""
				UPDATE compliance_frameworks SET name = :name, description = COALESCE(:description, description)
				WHERE id = :id
				""")
			.param("id", framework.id())
			.param("name", framework.name())
			.param("description", description)
			.update();
		if (updated == 0) {
			// Another import creating the framework at once waits here for the first, whose row stands.
			this.jdbc.sql("""
					INSERT INTO compliance_frameworks (id, name, description, import_owned)
					VALUES (:id, :name, :description, :importOwned) ON CONFLICT DO NOTHING
					""")
				.param("id", framework.id())
				.param("name", framework.name())
				.param("description", description)
				.param("importOwned", framework.importOwned())
				.update();
		}
	}

	/**
	 * Inserts the shipped controls not yet known and refreshes those already in the same framework
	 * whose title, description or severity differ. Known, unchanged controls cost no write.
	 */
	void upsertControls(Collection<ControlDefinition> controls) {
		Map<String, ControlDefinition> known = insertUnknown(controls);
		List<ControlDefinition> changed = controls.stream()
			.filter((control) -> known.containsKey(control.controlId()) && changes(known.get(control.controlId()), control))
			.toList();
		this.template.batchUpdate("""
				UPDATE compliance_controls SET title = ?, description = COALESCE(?, description), severity = ?
				WHERE control_id = ? AND framework_id = ?
				""", changed, BATCH, (ps, control) -> {
			ps.setString(1, control.title());
			ps.setString(2, control.description());
			ps.setString(3, control.severity().name());
			ps.setString(4, control.controlId());
			ps.setString(5, control.frameworkId());
		});
	}

	/**
	 * Inserts the controls of a scanner's file not yet known, changing none that is (the catalogue is
	 * every org's); returns the ids of those no shipped framework holds: those the file may define.
	 */
	Set<String> addFileControls(Collection<ControlDefinition> controls) {
		Map<String, ControlDefinition> known = insertUnknown(controls);
		Set<String> shipped = Set.copyOf(this.jdbc.sql("SELECT id FROM compliance_frameworks WHERE NOT import_owned")
			.query(String.class)
			.list());
		return controls.stream()
			.map(ControlDefinition::controlId)
			.filter((controlId) -> !known.containsKey(controlId) || !shipped.contains(known.get(controlId).frameworkId()))
			.collect(Collectors.toSet());
	}

	/**
	 * Inserts the controls not yet known; returns those already stored, by id. One that another
	 * import inserts at once is that import's.
	 */
	private Map<String, ControlDefinition> insertUnknown(Collection<ControlDefinition> controls) {
		Map<String, ControlDefinition> known = findAll(controls.stream().map(ControlDefinition::controlId).toList());
		List<ControlDefinition> unknown = controls.stream().filter((control) -> !known.containsKey(control.controlId())).toList();
		this.template.batchUpdate("""
				INSERT INTO compliance_controls (control_id, framework_id, title, description, severity)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
				""", unknown, BATCH, (ps, control) -> {
			ps.setString(1, control.controlId());
			ps.setString(2, control.frameworkId());
			ps.setString(3, control.title());
			ps.setString(4, control.description());
			ps.setString(5, control.severity().name());
		});
		return known;
	}

	/** Whether writing {@code update} over the stored control of the same framework would change it. */
	private static boolean changes(ControlDefinition stored, ControlDefinition update) {
		return stored.frameworkId().equals(update.frameworkId()) && (!stored.title().equals(update.title())
				|| stored.severity() != update.severity()
				|| (update.description() != null && !update.description().equals(stored.description())));
	}

	List<String> frameworkIds() {
		return this.jdbc.sql("SELECT id FROM compliance_frameworks ORDER BY id").query(String.class).list();
	}

	/**
	 * The control as the org may know it: a shipped framework's, or one of a framework imports define
	 * that the org's own scans hold (another org's custom ids are not this org's to see or to work
	 * on); {@link ControlNotFound} otherwise.
	 */
	ControlDefinition require(UUID orgId, String controlId) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM compliance_controls c
				WHERE control_id = :id AND (framework_id IN (SELECT id FROM compliance_frameworks WHERE NOT import_owned)
				  OR EXISTS (SELECT 1 FROM compliance_scan_controls s WHERE s.org_id = :orgId AND s.control_id = c.control_id))
				""")
			.param("id", controlId)
			.param("orgId", orgId)
			.query(CatalogRepository::toControl)
			.optional()
			.orElseThrow(() -> ControlNotFound.forId(controlId));
	}

	/** The stored controls of these ids, by id. */
	private Map<String, ControlDefinition> findAll(Collection<String> controlIds) {
		if (controlIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM compliance_controls WHERE control_id IN (:ids)")
			.param("ids", controlIds)
			.query(CatalogRepository::toControl)
			.list()
			.stream()
			.collect(Collectors.toMap(ControlDefinition::controlId, Function.identity()));
	}

	private static ControlDefinition toControl(ResultSet rs, int row) throws SQLException {
		return new ControlDefinition(rs.getString("control_id"), rs.getString("framework_id"), rs.getString("title"),
				rs.getString("description"), Severity.valueOf(rs.getString("severity")));
	}

}
