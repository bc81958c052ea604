package org.broadsheet.content.service;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.domain.Article;
import org.broadsheet.taxonomy.service.SectionChanged;
import org.broadsheet.taxonomy.service.SectionService;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hibernate Search reindexes an article when its own row changes. A section's new name or
 * path changes no article row, so after such a change commits, the articles in the section and
 * below it are reindexed here, in the background.
 */
@Component
class ArticleIndexFollower {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndexFollower.class);

    private final EntityManagerFactory entityManagerFactory;
    private final SectionService sections;

    ArticleIndexFollower(EntityManagerFactory entityManagerFactory, SectionService sections) {
        this.entityManagerFactory = entityManagerFactory;
        this.sections = sections;
    }

    @TransactionalEventListener
    void sectionChanged(SectionChanged change) {
        Set<Long> sectionIds = SystemActor.call(() -> sections.tree().selfAndDescendantIds(change.sectionId()));
        MassIndexer indexer = Search.mapping(entityManagerFactory).scope(Article.class).massIndexer()
                .purgeAllOnStart(false)
                .mergeSegmentsOnFinish(false);
        indexer.type(Article.class).reindexOnly("e.sectionId in (:sections)").param("sections", sectionIds);
        indexer.start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.warn("Reindexing the articles of section {} failed", change.sectionId(), failure);
                    }
                });
    }
}
