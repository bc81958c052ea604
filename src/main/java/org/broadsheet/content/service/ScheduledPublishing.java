package org.broadsheet.content.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.people.service.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled articles whose time has come, and takes off the site those set to leave it, on a timer rather than on page traffic, and
 * catches up on everything due after downtime. Each article is published by an ordinary editor
 * save made from the version just read, so if two instances ever reach the same article, the
 * optimistic lock lets exactly one of them through; ShedLock keeps them from trying at once.
 */
@Component
public class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);
    private static final int BATCH = 200;

    private final ArticleRepository articles;
    private final ArticleEditor editor;
    private final AuditLog audit;
    private final Clock clock;
    private final Counter publishedOnTime;
    private final Counter unpublishedOnTime;

    ScheduledPublishing(
            ArticleRepository articles, ArticleEditor editor, AuditLog audit, Clock clock, MeterRegistry meters) {
        this.articles = articles;
        this.editor = editor;
        this.audit = audit;
        this.clock = clock;
        this.publishedOnTime = Counter.builder("broadsheet.articles.published.scheduled")
                .description("Scheduled articles published when their time came")
                .register(meters);
        this.unpublishedOnTime = Counter.builder("broadsheet.articles.unpublished.scheduled")
                .description("Articles taken off the site when their time to leave came")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${broadsheet.schedule-interval:PT20S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "publish-scheduled-articles", lockAtMostFor = "PT10M")
    void onTimer() {
        publishDue();
        unpublishDue();
    }

    /** Publishes every article due by now; how many this call published. */
    public int publishDue() {
        return takeDue(
                now -> articles.findDueIds(now, PageRequest.of(0, BATCH)), this::publishIfStillDue, publishedOnTime);
    }

    /** Takes every article whose time to leave the site has come off it; how many this call took. */
    public int unpublishDue() {
        return takeDue(
                now -> articles.findExpiredIds(now, PageRequest.of(0, BATCH)),
                this::unpublishIfStillDue,
                unpublishedOnTime);
    }

    /** Works through the due articles batch by batch, stopping when a whole batch changed nothing. */
    private int takeDue(
            java.util.function.Function<Instant, List<Long>> dueIds,
            java.util.function.LongPredicate take,
            Counter taken) {
        return SystemActor.call(() -> {
            int done = 0;
            List<Long> due;
            do {
                due = dueIds.apply(clock.instant());
                for (long id : due) {
                    if (take.test(id)) {
                        done++;
                        taken.increment();
                    }
                }
            } while (due.size() == BATCH && done > 0);
            return done;
        });
    }

    private boolean unpublishIfStillDue(long id) {
        EditableArticle article = editor.open(id);
        Instant due = article.unpublishAt();
        if (article.status() != ArticleStatus.PUBLISHED
                || article.inTrash()
                || due == null
                || due.isAfter(clock.instant())) {
            return false;
        }
        return stepTaken(id, article, Workflow.UNPUBLISH, "Took scheduled article {} \"{}\" off the site");
    }

    private boolean publishIfStillDue(long id) {
        EditableArticle article = editor.open(id);
        if (article.status() != ArticleStatus.SCHEDULED || article.inTrash()) {
            return false;
        }
        return stepTaken(id, article, Workflow.PUBLISH, "Published scheduled article {} \"{}\"");
    }

    /** Saves the article as read with the step; false when someone changed it first or it cannot be saved. */
    private boolean stepTaken(long id, EditableArticle article, Workflow step, String done) {
        try {
            editor.save(id, article.version(), article.draft(), step, null);
            log.info(done, id, article.draft().title());
            return true;
        } catch (DomainException.Conflict | ConcurrencyFailureException e) {
            return false; // another instance, or an editor, changed it first
        } catch (DomainException.ValidationFailed e) {
            log.warn("Scheduled article {} could not be saved ({}): {}", id, step.label(), e.getMessage());
            audit.record("article.schedule-failed", "article:" + id, step.label() + ": " + e.getMessage());
            return false;
        }
    }
}
