/** Who a caller is: users, passwords, login, API tokens, MFA, invitations and suspension. */
@org.jspecify.annotations.NullMarked
package io.tenantry.identity;
