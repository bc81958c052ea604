package org.broadsheet.search.service;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleIndexFields;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.people.service.AuditLog;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Keeps the article index whole: rebuilds it on an admin's request, and at start when it does
 * not hold as many articles as the database (new, emptied after a corrupt copy was set aside,
 * or filled by a bulk import that bypassed Hibernate) — in the background, so the application
 * starts either way. One rebuild runs at a time.
 */
@Service
public class SearchIndexService {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexService.class);

    private final EntityManagerFactory entityManagerFactory;
    private final ArticleService articles;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicLong rebuilt = new AtomicLong();
    private final AtomicLong rebuildTotal = new AtomicLong();
    private volatile boolean rebuilding;
    private volatile @Nullable Instant lastRebuiltAt;
    private volatile @Nullable String lastError;

    SearchIndexService(
            EntityManagerFactory entityManagerFactory, ArticleService articles, AuditLog audit, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.articles = articles;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IndexStatus status() {
        return new IndexStatus(
                documentsInIndex(),
                articles.countAll(),
                rebuilding,
                rebuilt.get(),
                rebuildTotal.get(),
                lastRebuiltAt,
                lastError);
    }

    /** Starts rebuilding the index from the database; false if a rebuild is already running. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean rebuild() {
        boolean started = startRebuild();
        if (started) {
            audit.record("search.rebuild", "search-index", null);
        }
        return started;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfOutOfStep(ApplicationReadyEvent ready) {
        if (!ready.getApplicationContext()
                .getEnvironment()
                .getProperty("broadsheet.search.rebuild-on-start", Boolean.class, true)) {
            return;
        }
        try {
            long documents = documentsInIndex();
            long inDatabase = SystemActor.call(articles::countAll);
            if (documents != inDatabase) {
                log.info(
                        "Search index holds {} articles, the database {}: rebuilding it in the background",
                        documents,
                        inDatabase);
                startRebuild();
            }
        } catch (RuntimeException e) {
            log.warn("Search index cannot be read; rebuilding it in the background", e);
            startRebuild();
        }
    }

    private synchronized boolean startRebuild() {
        if (rebuilding) {
            return false;
        }
        rebuilding = true;
        rebuilt.set(0);
        rebuildTotal.set(0);
        lastError = null;
        ArticleIndexFields.scope(mapping())
                .massIndexer()
                .monitor(new Progress())
                // one segment instead of a score: every query looks each word up once per segment
                .mergeSegmentsOnFinish(true)
                .start()
                .whenComplete((done, failure) -> {
                    rebuilding = false;
                    if (failure == null) {
                        lastRebuiltAt = clock.instant();
                        log.info("Search index rebuilt: {} articles", rebuilt.get());
                    } else {
                        lastError = failure.getMessage();
                        log.warn("Search index rebuild failed", failure);
                    }
                });
        return true;
    }

    /** How many articles the index holds now, for the health check. */
    long documentsNow() {
        return documentsInIndex();
    }

    boolean rebuildingNow() {
        return rebuilding;
    }

    private long documentsInIndex() {
        try (var session = entityManagerFactory.createEntityManager()) {
            var search = Search.session(session);
            // documents an older release wrote lack today's fields, so they do not count
            return search.search(ArticleIndexFields.scope(search))
                    .where(f -> f.match()
                            .field(ArticleIndexFields.SCHEMA_VERSION)
                            .matching(ArticleIndexFields.CURRENT_SCHEMA_VERSION))
                    .fetchTotalHitCount();
        }
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }

    /** Counts what the mass indexer reports, for the desk's progress bar. */
    private final class Progress implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            rebuilt.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {
            rebuildTotal.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {}
    }
}
