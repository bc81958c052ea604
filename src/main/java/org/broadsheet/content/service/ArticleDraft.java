package org.broadsheet.content.service;

import java.util.List;
import java.util.Set;
import org.broadsheet.content.FeaturedImage;
import org.jspecify.annotations.Nullable;

/**
 * Everything the editor form holds: what a save writes and what the preview renders. The section
 * is null until one is chosen; so is the featured picture until one is put on the article. Tags
 * typed by name that do not exist yet are created when the draft is saved.
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
        List<Long> pinnedRelatedIds,
        @Nullable FeaturedImage featuredImage,
        Set<String> newTagNames) {

    public ArticleDraft {
        authorIds = List.copyOf(authorIds);
        tagIds = Set.copyOf(tagIds);
        pinnedRelatedIds = List.copyOf(pinnedRelatedIds);
        newTagNames = Set.copyOf(newTagNames);
    }

    public static ArticleDraft empty(List<Long> authorIds) {
        return new ArticleDraft("", "", null, "", null, authorIds, Set.of(), null, null, List.of(), null, Set.of());
    }

    /** The same draft in another section. */
    public ArticleDraft withSection(long otherSectionId) {
        return edit().sectionId(otherSectionId).done();
    }

    /** The same draft with other tags, all of which exist. */
    public ArticleDraft withTagIds(Set<Long> otherTagIds) {
        return edit().tags(otherTagIds, Set.of()).done();
    }

    /** The same draft with other text: what an autosave or a revision brings back. */
    public ArticleDraft withText(String title, String slug, @Nullable String standfirst, String body) {
        return edit().text(title, slug, standfirst, body).done();
    }

    /** The same draft with another featured picture, or none. */
    public ArticleDraft withFeaturedImage(@Nullable FeaturedImage image) {
        return edit().featuredImage(image).done();
    }

    /** A copy to change some parts of: {@code draft.edit().pinnedRelatedIds(ids).done()}. */
    public Edit edit() {
        return new Edit(this);
    }

    /** The parts of a draft being changed, in the groups the editor changes them; {@link #done()} makes the new draft. */
    public static final class Edit {
        private String title;
        private String slug;
        private @Nullable String standfirst;
        private String body;
        private @Nullable Long sectionId;
        private final List<Long> authorIds;
        private Set<Long> tagIds;
        private final @Nullable String metaDescription;
        private final @Nullable String socialTitle;
        private List<Long> pinnedRelatedIds;
        private @Nullable FeaturedImage featuredImage;
        private Set<String> newTagNames;

        private Edit(ArticleDraft from) {
            title = from.title;
            slug = from.slug;
            standfirst = from.standfirst;
            body = from.body;
            sectionId = from.sectionId;
            authorIds = from.authorIds;
            tagIds = from.tagIds;
            metaDescription = from.metaDescription;
            socialTitle = from.socialTitle;
            pinnedRelatedIds = from.pinnedRelatedIds;
            featuredImage = from.featuredImage;
            newTagNames = from.newTagNames;
        }

        public Edit sectionId(@Nullable Long value) {
            sectionId = value;
            return this;
        }

        /** The words: headline, slug, standfirst and body. */
        public Edit text(String newTitle, String newSlug, @Nullable String newStandfirst, String newBody) {
            title = newTitle;
            slug = newSlug;
            standfirst = newStandfirst;
            body = newBody;
            return this;
        }

        public Edit pinnedRelatedIds(List<Long> value) {
            pinnedRelatedIds = value;
            return this;
        }

        /** Tags that exist, by id, and names of tags to create with the save. */
        public Edit tags(Set<Long> ids, Set<String> newNames) {
            tagIds = ids;
            newTagNames = newNames;
            return this;
        }

        public Edit featuredImage(@Nullable FeaturedImage value) {
            featuredImage = value;
            return this;
        }

        public ArticleDraft done() {
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
                    pinnedRelatedIds,
                    featuredImage,
                    newTagNames);
        }
    }
}
