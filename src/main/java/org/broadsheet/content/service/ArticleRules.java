package org.broadsheet.content.service;

import org.broadsheet.base.DomainException;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What every article must satisfy before it is written, with the form field each rule belongs to. */
@Component
class ArticleRules {

    private final ArticleRepository articles;
    private final SectionService sections;

    ArticleRules(ArticleRepository articles, SectionService sections) {
        this.articles = articles;
        this.sections = sections;
    }

    /** Checks the text and returns the section; {@code self} is the article being saved, if it exists. */
    SectionSummary check(
            String title,
            String slug,
            @Nullable String standfirst,
            String body,
            @Nullable Long sectionId,
            @Nullable Long self) {
        if (title.isBlank() || title.length() > Article.TITLE_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "title", "A headline is required, at most " + Article.TITLE_MAX_LENGTH + " characters");
        }
        Slugs.requireValid(slug);
        if (standfirst != null && standfirst.length() > Article.STANDFIRST_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "standfirst", "A standfirst has at most " + Article.STANDFIRST_MAX_LENGTH + " characters");
        }
        if (body.length() > Article.BODY_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "body", "The body is longer than " + Article.BODY_MAX_LENGTH + " characters");
        }
        SectionSummary section =
                (sectionId == null ? null : sections.tree().byId(sectionId).orElse(null));
        if (section == null) {
            throw new DomainException.ValidationFailed("section", "Choose a section");
        }
        requireFreeSlug(section, slug, self);
        return section;
    }

    void requireFreeSlug(SectionSummary section, String slug, @Nullable Long self) {
        articles.findBySectionIdAndSlug(section.id(), slug)
                .filter(other -> self == null || other.requireId() != self)
                .ifPresent(other -> {
                    throw new DomainException.ValidationFailed(
                            "slug", "Another article in " + section.name() + " already uses this slug");
                });
    }
}
