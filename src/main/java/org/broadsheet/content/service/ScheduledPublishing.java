package org.broadsheet.content.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
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
 * Publishes scheduled articles whose time has come, on a timer rather than on page traffic, and
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

    ScheduledPublishing(
            ArticleRepository articles, ArticleEditor editor, AuditLog audit, Clock clock, MeterRegistry meters) {
        this.articles = articles;
        this.editor = editor;
        this.audit = audit;
        this.clock = clock;
        this.publishedOnTime = Counter.builder("broadsheet.articles.published.scheduled")
                .description("Scheduled articles published when their time came")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${broadsheet.schedule-interval:PT20S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "publish-scheduled-articles", lockAtMostFor = "PT10M")
    void onTimer() {
        publishDue();
    }

    /** Publishes every article due by now; how many this call published. */
    public int publishDue() {
        return SystemActor.call(() -> {
            int published = 0;
            List<Long> due;
            do {
                due = articles.findDueIds(clock.instant(), PageRequest.of(0, BATCH));
                for (long id : due) {
                    if (publishIfStillDue(id)) {
                        published++;
                        publishedOnTime.increment();
                    }
                }
            } while (due.size() == BATCH && published > 0);
            return published;
        });
    }

    private boolean publishIfStillDue(long id) {
        EditableArticle article = editor.open(id);
        if (article.status() != ArticleStatus.SCHEDULED || article.inTrash()) {
            return false;
        }
        try {
            editor.save(id, article.version(), article.draft(), Workflow.PUBLISH, null);
            log.info(
                    "Published scheduled article {} \"{}\"", id, article.draft().title());
            return true;
        } catch (DomainException.Conflict | ConcurrencyFailureException e) {
            return false; // another instance, or an editor, changed it first
        } catch (DomainException.ValidationFailed e) {
            log.warn("Scheduled article {} could not be published: {}", id, e.getMessage());
            audit.record("article.schedule-failed", "article:" + id, e.getMessage());
            return false;
        }
    }
}
