package org.broadsheet.content.service;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.people.service.AuthorChanged;
import org.broadsheet.taxonomy.service.SectionChanged;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.TagChanged;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hibernate Search reindexes an article when its own row changes. A section's, tag's or author's
 * new name changes no article row, so after such a change commits, the articles concerned (for a
 * section, also those below it) are reindexed here, a batch per transaction, one change after
 * another, off the editor's request.
 */
@Component
class ArticleIndexFollower implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndexFollower.class);
    private static final int BATCH = 500;

    private final EntityManager entityManager;

    private final ArticleRepository articles;
    private final SectionService sections;
    private final TransactionTemplate transactions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("article-reindex").daemon().factory());

    ArticleIndexFollower(
            EntityManager entityManager,
            ArticleRepository articles,
            SectionService sections,
            TransactionTemplate transactions) {
        this.entityManager = entityManager;
        this.articles = articles;
        this.sections = sections;
        this.transactions = transactions;
    }

    @TransactionalEventListener
    void sectionChanged(SectionChanged change) {
        Set<Long> sectionIds = SystemActor.call(() -> sections.tree().selfAndDescendantIds(change.sectionId()));
        inBackground("section " + change.sectionId(), page -> articles.findBySectionIdIn(sectionIds, page));
    }

    @TransactionalEventListener
    void tagChanged(TagChanged change) {
        inBackground("tag " + change.tagId(), page -> articles.findByTag(change.tagId(), page));
    }

    @TransactionalEventListener
    void authorChanged(AuthorChanged change) {
        inBackground("author " + change.authorId(), page -> articles.findByAuthor(change.authorId(), page));
    }

    private void inBackground(String what, Function<PageRequest, List<Article>> batches) {
        worker.execute(() -> {
            try {
                reindex(batches);
            } catch (RuntimeException e) {
                log.warn("Reindexing the articles of {} failed", what, e);
            }
        });
    }

    private void reindex(Function<PageRequest, List<Article>> batches) {
        for (int page = 0; ; page++) {
            int number = page;
            Boolean more = transactions.execute(tx -> {
                List<Article> batch = batches.apply(PageRequest.of(number, BATCH));
                SearchSession search = Search.session(entityManager);
                batch.forEach(search.indexingPlan()::addOrUpdate);
                return batch.size() == BATCH;
            });
            if (!Boolean.TRUE.equals(more)) {
                return;
            }
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
