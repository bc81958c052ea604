package org.broadsheet.site.ui;

/** The reader's answer to the cookie notice, as far as the page needs to know it. */
public enum Consent {
    UNANSWERED,
    ACCEPTED,
    REFUSED
}
