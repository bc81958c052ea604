package org.broadsheet.content.service;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.broadsheet.base.SystemActor;
import org.broadsheet.base.ThisNode;
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
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hibernate Search reindexes an article when its own row changes. A section's, tag's or author's
 * new name changes no article row, so the articles concerned (for a section, also those below it)
 * are reindexed here, a batch per transaction, one change after another, off the editor's request.
 * Each such change leaves a {@code reindex_request} row in its own transaction, deleted once its
 * articles are reindexed: a node that dies in between leaves the work to its next start, or to
 * any node after a few minutes.
 */
@Component
class ArticleIndexFollower implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndexFollower.class);
    private static final int BATCH = 500;
    /** A request this old was left by a node that stopped before doing it. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private record Request(long id, String kind, long targetId) {}

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final ArticleRepository articles;
    private final SectionService sections;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String node;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("article-reindex").daemon().factory());

    ArticleIndexFollower(
            EntityManager entityManager,
            JdbcTemplate jdbc,
            ArticleRepository articles,
            SectionService sections,
            TransactionTemplate transactions,
            Clock clock,
            ThisNode node) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.node = node.id();
        this.articles = articles;
        this.sections = sections;
        this.transactions = transactions;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void sectionChanged(SectionChanged change) {
        request("section", change.sectionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void tagChanged(TagChanged change) {
        request("tag", change.tagId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void authorChanged(AuthorChanged change) {
        request("author", change.authorId());
    }

    private void request(String kind, long targetId) {
        jdbc.update(
                "insert into reindex_request (kind, target_id, node, requested_at) values (?, ?, ?, ?)",
                kind,
                targetId,
                node,
                clock.instant().atOffset(ZoneOffset.UTC));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.execute(() -> drain(false));
            }
        });
    }

    /** What an earlier run of this node, or a node that died, left undone. */
    @EventListener(ApplicationReadyEvent.class)
    void leftOverAtStart() {
        worker.execute(() -> drain(true));
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void abandonedByOtherNodes() {
        worker.execute(() -> drain(true));
    }

    /** This node's requests, and with {@code abandoned} also any node's left for minutes. */
    void drain(boolean abandoned) {
        List<Request> pending = jdbc.query(
                "select id, kind, target_id from reindex_request where node = ? or requested_at < ? order by id",
                (row, n) -> new Request(row.getLong(1), row.getString(2), row.getLong(3)),
                node,
                abandoned
                        ? clock.instant().minus(ABANDONED_AFTER).atOffset(ZoneOffset.UTC)
                        : Instant.EPOCH.atOffset(ZoneOffset.UTC));
        for (Request request : pending) {
            try {
                reindex(batchesOf(request));
                jdbc.update("delete from reindex_request where id = ?", request.id());
            } catch (RuntimeException e) {
                log.warn(
                        "Reindexing the articles of {} {} failed; tried again later",
                        request.kind(),
                        request.targetId(),
                        e);
            }
        }
    }

    private Function<PageRequest, List<Article>> batchesOf(Request request) {
        return switch (request.kind()) {
            case "section" -> {
                Set<Long> sectionIds = SystemActor.call(() -> sections.tree().selfAndDescendantIds(request.targetId()));
                yield page -> articles.findBySectionIdIn(sectionIds, page);
            }
            case "tag" -> page -> articles.findByTag(request.targetId(), page);
            default -> page -> articles.findByAuthor(request.targetId(), page);
        };
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
