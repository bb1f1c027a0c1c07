package io.tenantry.compliance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tenantry.test.TestDatabase;

/**
 * Moves times an org has stored into the past, behind the application: to the application, that
 * much time has gone by for those rows.
 */
final class Backdate {

	private Backdate() {
	}

	/** Subtracts the duration from the columns of the org's rows in the table. */
	static void rows(UUID orgId, Duration by, String table, String... columns) throws SQLException {
		String set = Arrays.stream(columns)
			.map((column) -> column + " = " + column + " - (? * interval '1 second')")
			.collect(Collectors.joining(", "));
		try (Connection db = TestDatabase.superuserConnection();
				PreparedStatement update = db.prepareStatement("UPDATE " + table + " SET " + set + " WHERE org_id = ?")) {
			for (int i = 1; i <= columns.length; i++) {
				update.setLong(i, by.toSeconds());
			}
			update.setObject(columns.length + 1, orgId);
			update.executeUpdate();
		}
	}

}
