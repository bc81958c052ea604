package org.broadsheet.portability.wordpress;

import org.jspecify.annotations.Nullable;

/** What an export holds besides its items, in the order a reader meets it. */
public final class WxrContents {

    private WxrContents() {}

    /** The site the export came from. */
    public record Site(String title, String link, String wxrVersion) {}

    /** A WordPress user named in the export: becomes a byline profile, never a login. */
    public record Author(String login, String displayName) {}

    /** A category; {@code parentSlug} is empty for a top-level one. */
    public record Category(
            long termId,
            String slug,
            String name,
            String parentSlug,
            @Nullable String description) {}

    public record Tag(long termId, String slug, String name) {}
}
