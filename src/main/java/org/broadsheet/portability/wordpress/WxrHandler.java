package org.broadsheet.portability.wordpress;

/** Told of each part of an export as the reader meets it; the whole file is never held. */
public interface WxrHandler {

    default void site(WxrContents.Site site) {}

    default void author(WxrContents.Author author) {}

    default void category(WxrContents.Category category) {}

    default void tag(WxrContents.Tag tag) {}

    default void item(WxrItem item) {}
}
