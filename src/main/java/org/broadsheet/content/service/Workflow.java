package org.broadsheet.content.service;

import org.broadsheet.content.ArticleStatus;
import org.jspecify.annotations.Nullable;

/** What a save does besides writing the text: the editor's workflow buttons. */
public enum Workflow {
    /** Keep the status. */
    SAVE("Save", null, false),
    SUBMIT("Submit for review", ArticleStatus.IN_REVIEW, false),
    /** Return a review request to its author as a draft, with a note ({@link ArticleEditor#sendBack}). */
    SEND_BACK("Send back", ArticleStatus.DRAFT, true),
    PUBLISH("Publish now", ArticleStatus.PUBLISHED, true),
    /** Publish at the time given with the save. */
    SCHEDULE("Schedule", ArticleStatus.SCHEDULED, true),
    /** Have a published (or scheduled) article leave the site at the time given with the save; none: stay. */
    EXPIRE("Set to leave the site", null, true),
    /** Take off the site; the article returns to the drafts. */
    UNPUBLISH("Unpublish", ArticleStatus.DRAFT, true),
    ARCHIVE("Archive", ArticleStatus.ARCHIVED, true);

    private final String label;
    private final @Nullable ArticleStatus target;
    private final boolean editorsOnly;

    Workflow(String label, @Nullable ArticleStatus target, boolean editorsOnly) {
        this.label = label;
        this.target = target;
        this.editorsOnly = editorsOnly;
    }

    public String label() {
        return label;
    }

    /** The status after this step, starting from {@code current}. */
    public ArticleStatus statusAfter(ArticleStatus current) {
        return target == null ? current : target;
    }

    /** Sending back, publishing, scheduling, unpublishing and archiving are the editors' decision. */
    public boolean editorsOnly() {
        return editorsOnly;
    }

    /** Whether this button makes sense for an article in {@code status}. */
    public boolean appliesTo(ArticleStatus status) {
        return switch (this) {
            case SAVE -> true;
            case SUBMIT -> status == ArticleStatus.DRAFT;
            case SEND_BACK -> status == ArticleStatus.IN_REVIEW;
            case PUBLISH -> status != ArticleStatus.PUBLISHED;
            case SCHEDULE -> status != ArticleStatus.PUBLISHED;
            case UNPUBLISH, EXPIRE -> status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED;
            case ARCHIVE -> status != ArticleStatus.ARCHIVED;
        };
    }
}
