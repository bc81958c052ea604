package org.broadsheet.people.service;

/**
 * The logged-in user's two-step login.
 *
 * @param enabled           whether logging in asks for a code
 * @param required          whether the publication's rule makes it compulsory for this user
 * @param recoveryCodesLeft unused recovery codes
 */
public record TwoFactorStatus(boolean enabled, boolean required, int recoveryCodesLeft) {}
