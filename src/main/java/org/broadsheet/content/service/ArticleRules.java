package org.broadsheet.content.service;

import java.util.List;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What every article must satisfy before it is written, with the form field each rule belongs to. */
@Component
class ArticleRules {

    private final ArticleRepository articles;
    private final SectionService sections;
    private final MediaService media;

    ArticleRules(ArticleRepository articles, SectionService sections, MediaService media) {
        this.articles = articles;
        this.sections = sections;
        this.media = media;
    }

    /** Checks the draft and returns its section; {@code self} is the article being saved, if it exists. */
    SectionSummary check(ArticleDraft draft, @Nullable Long self) {
        String title = draft.title();
        String slug = draft.slug();
        String standfirst = draft.standfirst();
        if (title.isBlank() || title.length() > Article.TITLE_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "title", "A headline is required, at most " + Article.TITLE_MAX_LENGTH + " characters");
        }
        Slugs.requireValid(slug);
        if (standfirst != null && standfirst.length() > Article.STANDFIRST_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "standfirst", "A standfirst has at most " + Article.STANDFIRST_MAX_LENGTH + " characters");
        }
        if (draft.body().length() > Article.BODY_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "body", "The body is longer than " + Article.BODY_MAX_LENGTH + " characters");
        }
        requirePresentable(draft.featuredImage());
        requireExistingOthers(draft.pinnedRelatedIds(), self);
        Long sectionId = draft.sectionId();
        SectionSummary section =
                (sectionId == null ? null : sections.tree().byId(sectionId).orElse(null));
        if (section == null) {
            throw new DomainException.ValidationFailed("section", "Choose a section");
        }
        requireFreeSlug(section, slug, self);
        return section;
    }

    /**
     * A featured picture is on this site or https, and described: it is content, not decoration.
     * One from the library exists and has a description there, or is marked decorative.
     */
    private void requirePresentable(@Nullable FeaturedImage image) {
        if (image == null) {
            return;
        }
        if (image.mediaId() != null) {
            MediaView picture = media.find(image.mediaId())
                    .orElseThrow(() -> new DomainException.ValidationFailed(
                            "image", "That picture is no longer in the library: choose another"));
            if (!picture.described()) {
                throw new DomainException.ValidationFailed(
                        "image",
                        "Describe \"" + picture.fileName() + "\" in the library first (or mark it decorative):"
                                + " readers who cannot see it need the words");
            }
            return;
        }
        String url = image.url() == null ? "" : image.url().strip();
        if (!(url.startsWith("/") && !url.startsWith("//")) && !url.startsWith("https://")) {
            throw new DomainException.ValidationFailed("image", "Use an image on this site or an https address");
        }
        if (image.alt() == null || image.alt().isBlank()) {
            throw new DomainException.ValidationFailed("alt", "Describe the picture for readers who cannot see it");
        }
    }

    /** Pinned related articles exist, and none is the article itself. */
    private void requireExistingOthers(List<Long> relatedIds, @Nullable Long self) {
        if (self != null && relatedIds.contains(self)) {
            throw new DomainException.ValidationFailed("related", "An article cannot be related to itself");
        }
        if (articles.findAllById(relatedIds).size()
                != relatedIds.stream().distinct().count()) {
            throw new DomainException.ValidationFailed("related", "Pick related articles that exist");
        }
    }

    private void requireFreeSlug(SectionSummary section, String slug, @Nullable Long self) {
        articles.findBySectionIdAndSlug(section.id(), slug)
                .filter(other -> self == null || other.requireId() != self)
                .ifPresent(other -> {
                    throw new DomainException.ValidationFailed(
                            "slug", "Another article in " + section.name() + " already uses this slug");
                });
    }
}
