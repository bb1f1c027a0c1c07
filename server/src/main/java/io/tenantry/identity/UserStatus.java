package io.tenantry.identity;

/** Whether a user may sign in and reach anything. */
public enum UserStatus {

	ACTIVE, SUSPENDED

}
