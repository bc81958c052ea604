package org.broadsheet.people.service;

import org.broadsheet.people.domain.UserAccount;

/** The account limits that forms show; they live on {@link UserAccount}, this only makes them public API. */
public final class AccountLimits {

    public static final int USERNAME_MAX_LENGTH = UserAccount.USERNAME_MAX_LENGTH;
    public static final String USERNAME_PATTERN = UserAccount.USERNAME_PATTERN;
    public static final int DISPLAY_NAME_MAX_LENGTH = UserAccount.DISPLAY_NAME_MAX_LENGTH;
    public static final int EMAIL_MAX_LENGTH = UserAccount.EMAIL_MAX_LENGTH;

    private AccountLimits() {}
}
