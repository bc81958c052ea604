package org.broadsheet.people;

/** What an account may do; see the role table in the design. */
public enum Role {
    /** Writes and edits own drafts, submits them for review; cannot publish. */
    AUTHOR,
    /** Everything on any article, and sections, tags, authors, media. */
    EDITOR,
    /** Everything an editor may, plus accounts, roles, settings and the audit log. */
    ADMIN;

    /** Role names as compile-time constants, for {@code @RolesAllowed} on views. */
    public static final class Names {
        public static final String AUTHOR = "AUTHOR";
        public static final String EDITOR = "EDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
