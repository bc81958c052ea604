package org.broadsheet.content.service;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the editor form holds: what a save writes and what the preview renders. The section
 * is null until one is chosen.
 */
public record ArticleDraft(
        String title,
        String slug,
        @Nullable String standfirst,
        String body,
        @Nullable Long sectionId,
        List<Long> authorIds,
        Set<Long> tagIds,
        @Nullable String metaDescription,
        @Nullable String socialTitle,
        List<Long> pinnedRelatedIds) {

    public ArticleDraft {
        authorIds = List.copyOf(authorIds);
        tagIds = Set.copyOf(tagIds);
        pinnedRelatedIds = List.copyOf(pinnedRelatedIds);
    }

    public static ArticleDraft empty(List<Long> authorIds) {
        return new ArticleDraft("", "", null, "", null, authorIds, Set.of(), null, null, List.of());
    }

    /** The same draft in another section. */
    public ArticleDraft withSection(long otherSectionId) {
        return new ArticleDraft(
                title,
                slug,
                standfirst,
                body,
                otherSectionId,
                authorIds,
                tagIds,
                metaDescription,
                socialTitle,
                pinnedRelatedIds);
    }

    /** The same draft with other tags. */
    public ArticleDraft withTagIds(Set<Long> otherTagIds) {
        return new ArticleDraft(
                title,
                slug,
                standfirst,
                body,
                sectionId,
                authorIds,
                otherTagIds,
                metaDescription,
                socialTitle,
                pinnedRelatedIds);
    }

    /** The same draft with other text: what an autosave or a revision brings back. */
    public ArticleDraft withText(String title, String slug, @Nullable String standfirst, String body) {
        return new ArticleDraft(
                title,
                slug,
                standfirst,
                body,
                sectionId,
                authorIds,
                tagIds,
                metaDescription,
                socialTitle,
                pinnedRelatedIds);
    }
}
