package org.broadsheet.content.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.DeskContentChanged;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.content.domain.Article;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionTree;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the desk about every change to an article, and the site about those readers can see. */
@Component
class ArticleEvents {

    private final SectionService sections;
    private final ApplicationEventPublisher events;

    ArticleEvents(SectionService sections, ApplicationEventPublisher events) {
        this.sections = sections;
        this.events = events;
    }

    /**
     * @param previousSectionId where the article was before the change (its pages change too)
     * @param wasPublic         whether readers could see it before the change
     */
    void changed(Article article, long previousSectionId, boolean wasPublic) {
        events.publishEvent(new DeskContentChanged());
        if (wasPublic || article.isVisibleToReaders()) {
            events.publishEvent(publicChangeOf(article, previousSectionId));
        }
    }

    /** Readers may see this article differently though the article itself did not change (its picture did). */
    void shownDifferently(Article article) {
        if (article.isVisibleToReaders()) {
            events.publishEvent(publicChangeOf(article, article.getSectionId()));
        }
    }

    /** What readers may see differently after this article changed, including where it was before. */
    private PublicContentChanged publicChangeOf(Article article, long previousSectionId) {
        SectionTree tree = sections.tree();
        Set<Long> sectionIds = new HashSet<>();
        for (long id : List.of(article.getSectionId(), previousSectionId)) {
            tree.trail(id).forEach(s -> sectionIds.add(s.id()));
        }
        return PublicContentChanged.ofArticle(
                article.requireId(), sectionIds, article.getAuthorIds(), article.getTagIds());
    }
}
