package org.broadsheet.portability.wordpress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <item>} of the export: a post, page, attachment or anything else WordPress keeps as a
 * post (menu items, blocks), with the terms it is filed under and its post meta.
 *
 * @param link     its permalink on the old site: the address to keep working
 * @param postDate when it was (or is to be) published, from {@code post_date_gmt}; null for drafts never dated
 */
public record WxrItem(
        long postId,
        String type,
        String status,
        String title,
        String link,
        String guid,
        String creator,
        String content,
        String excerpt,
        String slug,
        @Nullable Instant postDate,
        @Nullable Instant modified,
        boolean sticky,
        long parentId,
        @Nullable String attachmentUrl,
        List<Term> terms,
        Map<String, String> meta,
        int comments) {

    /** A category or tag the item is filed under, by its slug. */
    public record Term(String domain, String slug, String name) {}

    /** Where an attachment's file is: its {@code attachment_url}, or else its GUID (older exports). */
    public String fileAddress() {
        return attachmentUrl != null ? attachmentUrl : guid;
    }

    public List<String> categories() {
        return terms.stream()
                .filter(t -> t.domain().equals("category"))
                .map(Term::slug)
                .toList();
    }

    public List<String> tags() {
        return terms.stream()
                .filter(t -> t.domain().equals("post_tag"))
                .map(Term::slug)
                .toList();
    }
}
