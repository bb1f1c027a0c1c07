package io.tenantry.identity;

import java.util.Locale;

/** Where a login happens, as recorded in the audit trail. */
public enum LoginChannel {

	API, BROWSER;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
