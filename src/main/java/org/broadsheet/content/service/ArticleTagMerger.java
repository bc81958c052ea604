package org.broadsheet.content.service;

import java.util.HashSet;
import java.util.Set;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.taxonomy.service.TagsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Retags the articles of a merged tag inside the merging transaction, so a merge moves every
 * article or none. Each article's row changes, so the search index follows on its own.
 */
@Component
class ArticleTagMerger {

    private final ArticleRepository articles;
    private final ArticleEvents events;

    ArticleTagMerger(ArticleRepository articles, ArticleEvents events) {
        this.articles = articles;
        this.events = events;
    }

    @EventListener
    void tagsMerged(TagsMerged merged) {
        for (Article article : articles.findAllTagged(merged.fromId())) {
            Set<Long> tags = new HashSet<>(article.getTagIds());
            tags.remove(merged.fromId());
            tags.add(merged.intoId());
            article.setTagIds(tags);
            events.changed(article, article.getSectionId(), article.isVisibleToReaders());
        }
        articles.flush();
    }
}
