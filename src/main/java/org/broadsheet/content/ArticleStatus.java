package org.broadsheet.content;

/** Where an article is on its way to readers. Only {@link #PUBLISHED} is ever public. */
public enum ArticleStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    SCHEDULED("Scheduled"),
    PUBLISHED("Published"),
    ARCHIVED("Archived");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
