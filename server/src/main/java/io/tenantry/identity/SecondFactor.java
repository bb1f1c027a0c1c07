package io.tenantry.identity;

/** What a login needs after the password. */
public enum SecondFactor {

	/** Nothing: the user has no MFA and none is required. */
	NONE,

	/** A TOTP or recovery code. */
	CODE,

	/** The user must enrol in MFA first: the platform requires it of SuperAdmins and ServiceProviders. */
	ENROLLMENT

}
