package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The schedule on the production database: articles due during downtime are all published on
 * the next run, with their planned time, and two runners racing over the same articles (as two
 * application instances would) publish each exactly once, with one audit entry.
 */
@SpringBootTest(
        properties = {
            "broadsheet.demo-content=false",
            "broadsheet.data-dir=target/schedule-test-${random.uuid}",
            "broadsheet.schedule-interval=PT1H",
            "broadsheet.search.rebuild-on-start=false"
        })
class ScheduledPublishingPostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry, "schedule");
    }

    @Autowired
    ScheduledPublishing schedule;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void twoRunnersPublishEachDueArticleExactlyOnceWithItsPlannedTime() throws Exception {
        Instant planned = clock.instant().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant due = planned.minus(Duration.ofHours(4));
        List<Long> ids = SystemActor.call(() -> {
            long section = sections.create("Schedule desk", "schedule-desk", null, null)
                    .id();
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                created.add(editor.create(
                                Drafts.of(
                                        "Due story " + i,
                                        "due-story-" + i,
                                        null,
                                        "<p>Due.</p>",
                                        section,
                                        List.of(),
                                        Set.of()),
                                Workflow.SCHEDULE,
                                planned)
                        .id());
            }
            return created;
        });
        // the instance was down while the planned time came and went
        jdbc.update(
                "update article set scheduled_at = ? where section_id = (select section_id from article where id = ?)",
                java.time.OffsetDateTime.ofInstant(due, java.time.ZoneOffset.UTC),
                ids.getFirst());

        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> runner = () -> {
            start.await();
            return schedule.publishDue();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> first = pool.submit(runner);
        Future<Integer> second = pool.submit(runner);
        int published = first.get() + second.get();
        pool.shutdown();

        assertThat(published).isEqualTo(ids.size());
        for (long id : ids) {
            EditableArticle article = SystemActor.call(() -> editor.open(id));
            assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(article.publishedAt())
                    .as("the planned time, not the time of catching up")
                    .isEqualTo(due);
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_event where action = 'article.publish'" + " and target = ?",
                            Long.class,
                            "article:" + id))
                    .isEqualTo(1);
        }
        assertThat(schedule.publishDue()).as("nothing left to publish").isZero();
    }
}
