package org.broadsheet.people.service;

/** The answer to a code typed at the second login step. */
public enum SecondFactorResult {
    ACCEPTED,
    /** Wrong, reused or expired code; counted towards the lockout. */
    REJECTED,
    /** The account is locked or disabled: the login must start again later. */
    REFUSED
}
