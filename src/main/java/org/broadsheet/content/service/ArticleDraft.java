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

    /** A draft whose tags all exist. */
    public ArticleDraft(
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
            @Nullable FeaturedImage featuredImage) {
        this(
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
                Set.of());
    }

    public static ArticleDraft empty(List<Long> authorIds) {
        return new ArticleDraft("", "", null, "", null, authorIds, Set.of(), null, null, List.of(), null);
    }

    /** The same draft in another section. */
    public ArticleDraft withSection(long otherSectionId) {
        return edit().sectionId(otherSectionId).done();
    }

    /** The same draft with other tags, all of which exist. */
    public ArticleDraft withTagIds(Set<Long> otherTagIds) {
        return edit().tagIds(otherTagIds).newTagNames(Set.of()).done();
    }

    /** The same draft with other text: what an autosave or a revision brings back. */
    public ArticleDraft withText(String title, String slug, @Nullable String standfirst, String body) {
        return edit().title(title).slug(slug).standfirst(standfirst).body(body).done();
    }

    /** The same draft with another featured picture, or none. */
    public ArticleDraft withFeaturedImage(@Nullable FeaturedImage image) {
        return edit().featuredImage(image).done();
    }

    /** A copy to change some parts of: {@code draft.edit().pinnedRelatedIds(ids).done()}. */
    public Edit edit() {
        return new Edit(this);
    }

    /** The parts of a draft being changed; {@link #done()} makes the new draft. */
    public static final class Edit {
        private String title;
        private String slug;
        private @Nullable String standfirst;
        private String body;
        private @Nullable Long sectionId;
        private List<Long> authorIds;
        private Set<Long> tagIds;
        private @Nullable String metaDescription;
        private @Nullable String socialTitle;
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

        public Edit title(String value) {
            title = value;
            return this;
        }

        public Edit slug(String value) {
            slug = value;
            return this;
        }

        public Edit standfirst(@Nullable String value) {
            standfirst = value;
            return this;
        }

        public Edit body(String value) {
            body = value;
            return this;
        }

        public Edit sectionId(@Nullable Long value) {
            sectionId = value;
            return this;
        }

        public Edit authorIds(List<Long> value) {
            authorIds = value;
            return this;
        }

        public Edit tagIds(Set<Long> value) {
            tagIds = value;
            return this;
        }

        public Edit pinnedRelatedIds(List<Long> value) {
            pinnedRelatedIds = value;
            return this;
        }

        public Edit featuredImage(@Nullable FeaturedImage value) {
            featuredImage = value;
            return this;
        }

        public Edit newTagNames(Set<String> value) {
            newTagNames = value;
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
