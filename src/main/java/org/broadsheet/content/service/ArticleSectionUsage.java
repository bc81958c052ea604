package org.broadsheet.content.service;

import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.taxonomy.service.SectionUsage;
import org.springframework.stereotype.Component;

/** Tells the section tree how many articles live in a section, so a full one is never deleted. */
@Component
class ArticleSectionUsage implements SectionUsage {

    private final ArticleRepository articles;

    ArticleSectionUsage(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public long articlesIn(long sectionId) {
        return articles.countBySectionId(sectionId);
    }
}
