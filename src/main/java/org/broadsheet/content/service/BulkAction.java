package org.broadsheet.content.service;

import org.jspecify.annotations.Nullable;

/** One step applied to many selected articles from the desk's grid. */
public record BulkAction(Kind kind, @Nullable Long targetId, String label) {

    public enum Kind {
        PUBLISH,
        UNPUBLISH,
        MOVE_TO_SECTION,
        ADD_TAG,
        TRASH
    }

    public static BulkAction publish() {
        return new BulkAction(Kind.PUBLISH, null, "Publish");
    }

    public static BulkAction unpublish() {
        return new BulkAction(Kind.UNPUBLISH, null, "Unpublish");
    }

    public static BulkAction moveToSection(long sectionId, String sectionName) {
        return new BulkAction(Kind.MOVE_TO_SECTION, sectionId, "Move to " + sectionName);
    }

    public static BulkAction addTag(long tagId, String tagName) {
        return new BulkAction(Kind.ADD_TAG, tagId, "Tag “" + tagName + "”");
    }

    public static BulkAction trash() {
        return new BulkAction(Kind.TRASH, null, "Move to trash");
    }
}
