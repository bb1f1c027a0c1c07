package io.tenantry.platform;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Ids bound as one SQL array ({@code id = ANY(:ids)}) rather than one parameter each: the statement
 * stays one prepared statement whatever the count, past the driver's limit of parameters too.
 */
public final class IdArray {

	private IdArray() {
	}

	public static SqlArrayValue of(Collection<UUID> ids) {
		return new SqlArrayValue("uuid", ids.toArray());
	}

}
