package org.broadsheet.base;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Published by any service whose change may show on the public site, naming what changed as
 * dependency keys. A rendered page lists the keys it depends on, so exactly the pages that show
 * the change are dropped from the cache.
 *
 * @param keys what changed: {@link #article}, {@link #section}, {@link #author}, {@link #tag},
 *             {@link #page}, {@link #LISTINGS} (the newest-first lists) or {@link #EVERYTHING}
 */
public record PublicContentChanged(Set<String> keys) {

    /** Shown on every page: the section navigation, the site settings. */
    public static final String EVERYTHING = "site";
    /** Lists of the newest articles across the site: home, search, site feed, sitemap. */
    public static final String LISTINGS = "listings";
    /** The corrections page: a correction was published. */
    public static final String CORRECTIONS = "corrections";

    private static final String FRONT = "front:";
    private static final String AUTHOR = "author:";
    private static final String TAG = "tag:";

    public PublicContentChanged {
        keys = Set.copyOf(keys);
    }

    public static PublicContentChanged everything() {
        return new PublicContentChanged(Set.of(EVERYTHING));
    }

    /**
     * An article readers can or could see changed: its own page, the site's lists, and the pages
     * of every section (with their ancestors), author and tag it belongs or belonged to.
     */
    public static PublicContentChanged ofArticle(
            long articleId,
            Collection<Long> sectionIdsWithAncestors,
            Collection<Long> authorIds,
            Collection<Long> tagIds) {
        Set<String> keys = new HashSet<>();
        keys.add(article(articleId));
        keys.add(LISTINGS);
        sectionIdsWithAncestors.forEach(id -> keys.add(section(id)));
        authorIds.forEach(id -> keys.add(author(id)));
        tagIds.forEach(id -> keys.add(tag(id)));
        return new PublicContentChanged(keys);
    }

    public static String article(long id) {
        return "article:" + id;
    }

    public static String section(long id) {
        return "section:" + id;
    }

    public static String author(long id) {
        return AUTHOR + id;
    }

    public static String tag(long id) {
        return TAG + id;
    }

    /** Whether this change may touch an author: it names one, or everything. */
    public boolean touchesAnAuthor() {
        return touchesAny(AUTHOR);
    }

    /** Whether this change may touch a tag: it names one, or everything. */
    public boolean touchesATag() {
        return touchesAny(TAG);
    }

    private boolean touchesAny(String prefix) {
        return keys.contains(EVERYTHING) || keys.stream().anyMatch(key -> key.startsWith(prefix));
    }

    /** The pages showing a front the editors arrange: a section's page, or the home page (null). */
    public static String front(@Nullable Long sectionId) {
        return sectionId == null ? FRONT + "home" : FRONT + "section:" + sectionId;
    }

    /** Whether the key names a front. */
    public static boolean isFront(String key) {
        return key.startsWith(FRONT);
    }

    public static String page(String slug) {
        return "page:" + slug;
    }

    /** A library picture: its files changed, so whatever keeps their names forgets them. */
    public static String media(long id) {
        return "media:" + id;
    }

    /** The picture a {@link #media} key names, or null for any other key. */
    public static @Nullable Long mediaId(String key) {
        return key.startsWith("media:")
                        && key.length() > 6
                        && key.length() <= 24
                        && key.substring(6).chars().allMatch(Character::isDigit)
                ? Long.valueOf(key.substring(6))
                : null;
    }
}
