package org.broadsheet.content.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.broadsheet.base.PlannerStatistics;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with {@code broadsheet.generate.articles} articles for benchmarks, with
 * authors, tags and a first revision each, in JDBC batches, then stops the application. It
 * bypasses the services on purpose: a benchmark needs 100 000 rows in seconds, not the audit
 * trail of 100 000 saves. Without the property (or with 0) it does nothing: a run-time check,
 * not a condition on the bean, so that a start from build-time bean definitions obeys it too.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ArticleGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArticleGenerator.class);
    private static final Duration SPREAD = Duration.ofDays(5 * 365);

    private final GeneratorProperties properties;
    private final SectionService sections;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ConfigurableApplicationContext context;
    private final Clock clock;

    ArticleGenerator(
            GeneratorProperties properties,
            SectionService sections,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ConfigurableApplicationContext context,
            Clock clock) {
        this.properties = properties;
        this.sections = sections;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int total = properties.articles();
        if (total <= 0) {
            return;
        }
        long started = System.nanoTime();
        long rows = generate(total);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "generated %d articles (%d rows) in %.1f s: %.0f articles/s, %.0f rows/s%n",
                total, rows, seconds, total / seconds, rows / seconds);
        if (properties.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    long generate(int total) {
        List<SectionSummary> targets = sections.tree().flattened();
        List<Long> authors = ids("select id from author order by id");
        List<Long> tags = ids("select id from tag order by id");
        if (targets.isEmpty() || authors.isEmpty()) {
            throw new IllegalStateException("Generate articles into a database with sections and authors "
                    + "(start once with the demo content first)");
        }
        long firstArticleId = nextIdAbove("article");
        long firstRevisionId = nextIdAbove("revision");
        var text = new FakeNewsroomText(properties.seed());
        Instant now = clock.instant();
        long rows = 0;
        for (int offset = 0; offset < total; offset += properties.batchSize()) {
            int size = Math.min(properties.batchSize(), total - offset);
            List<Generated> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                long id = firstArticleId + offset + i;
                batch.add(generated(id, firstRevisionId + offset + i, text, targets, authors, tags, now));
            }
            rows += transactions.execute(status -> insert(batch));
            if ((offset / properties.batchSize()) % 20 == 0) {
                log.info("{} of {} articles", offset + size, total);
            }
        }
        restartSequence("article_seq", firstArticleId + total);
        restartSequence("revision_seq", firstRevisionId + total);
        PlannerStatistics.refresh(jdbc);
        return rows;
    }

    private Generated generated(
            long id,
            long revisionId,
            FakeNewsroomText text,
            List<SectionSummary> targets,
            List<Long> authors,
            List<Long> tags,
            Instant now) {
        String title = text.headline();
        StringBuilder body = new StringBuilder();
        int paragraphs = 4 + text.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            body.append("<p>").append(text.paragraph()).append("</p>");
        }
        int roll = text.nextInt(100);
        ArticleStatus status = roll < 90
                ? ArticleStatus.PUBLISHED
                : roll < 95
                        ? ArticleStatus.DRAFT
                        : roll < 97
                                ? ArticleStatus.IN_REVIEW
                                : roll < 98 ? ArticleStatus.SCHEDULED : ArticleStatus.ARCHIVED;
        Instant created = now.minusSeconds((long) (text.nextInt(Integer.MAX_VALUE) % SPREAD.toSeconds()));
        List<Long> byline = new ArrayList<>();
        byline.add(authors.get(text.nextInt(authors.size())));
        if (text.nextInt(4) == 0) {
            Long second = authors.get(text.nextInt(authors.size()));
            if (!byline.contains(second)) {
                byline.add(second);
            }
        }
        List<Long> articleTags = new ArrayList<>();
        for (int t = text.nextInt(4); t > 0 && !tags.isEmpty(); t--) {
            Long tag = tags.get(text.nextInt(tags.size()));
            if (!articleTags.contains(tag)) {
                articleTags.add(tag);
            }
        }
        return new Generated(
                id,
                revisionId,
                title,
                Slugs.slugify(title) + "-" + id,
                text.standfirst(),
                body.toString(),
                status,
                targets.get(text.nextInt(targets.size())).id(),
                created,
                status == ArticleStatus.PUBLISHED || status == ArticleStatus.ARCHIVED ? created : null,
                status == ArticleStatus.SCHEDULED ? now.plus(Duration.ofHours(1 + text.nextInt(500))) : null,
                byline,
                articleTags);
    }

    private int insert(List<Generated> batch) {
        jdbc.batchUpdate("""
                insert into article (id, title, slug, standfirst, body, status, section_id, created_at, updated_at,
                                     published_at, scheduled_at, deleted_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, 0)""", batch, batch.size(), (ps, a) -> {
            ps.setLong(1, a.id());
            ps.setString(2, a.title());
            ps.setString(3, a.slug());
            ps.setString(4, a.standfirst());
            ps.setString(5, a.body());
            ps.setString(6, a.status().name());
            ps.setLong(7, a.sectionId());
            setTime(ps, 8, a.created());
            setTime(ps, 9, a.created());
            setTime(ps, 10, a.published());
            setTime(ps, 11, a.scheduled());
        });
        List<Entry> bylines = new ArrayList<>();
        List<Entry> tagRows = new ArrayList<>();
        for (Generated a : batch) {
            for (int i = 0; i < a.authorIds().size(); i++) {
                bylines.add(new Entry(a, i, a.authorIds().get(i)));
            }
            a.tagIds().forEach(tag -> tagRows.add(new Entry(a, 0, tag)));
        }
        jdbc.batchUpdate(
                "insert into article_author (article_id, position, author_id, listed_at, status) values (?, ?, ?, ?, ?)",
                bylines,
                bylines.size(),
                (ps, row) -> {
                    ps.setLong(1, row.article().id());
                    ps.setInt(2, row.position());
                    ps.setLong(3, row.id());
                    setTime(ps, 4, row.article().listedAt());
                    ps.setString(5, row.article().status().name());
                });
        jdbc.batchUpdate(
                "insert into article_tag (article_id, tag_id, listed_at, status) values (?, ?, ?, ?)",
                tagRows,
                tagRows.size(),
                (ps, row) -> {
                    ps.setLong(1, row.article().id());
                    ps.setLong(2, row.id());
                    setTime(ps, 3, row.article().listedAt());
                    ps.setString(4, row.article().status().name());
                });
        jdbc.batchUpdate("""
                insert into revision (id, article_id, article_version, title, slug, standfirst, body, status,
                                      section_id, created_at, created_by)
                values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 'generator')""", batch, batch.size(), (ps, a) -> {
            ps.setLong(1, a.revisionId());
            ps.setLong(2, a.id());
            ps.setString(3, a.title());
            ps.setString(4, a.slug());
            ps.setString(5, a.standfirst());
            ps.setString(6, a.body());
            ps.setString(7, a.status().name());
            ps.setLong(8, a.sectionId());
            setTime(ps, 9, a.created());
        });
        return batch.size() * 2 + bylines.size() + tagRows.size();
    }

    private List<Long> ids(String query) {
        return jdbc.queryForList(query, Long.class).stream()
                .map(Objects::requireNonNull)
                .toList();
    }

    private long nextIdAbove(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return (max == null ? 0 : max) + 1000;
    }

    /** Hibernate's pooled ids continue above the generated ones. */
    private void restartSequence(String sequence, long above) {
        jdbc.execute("alter sequence " + sequence + " restart with " + (above + 1000));
    }

    private static void setTime(PreparedStatement ps, int index, @Nullable Instant instant) throws SQLException {
        ps.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private record Generated(
            long id,
            long revisionId,
            String title,
            String slug,
            String standfirst,
            String body,
            ArticleStatus status,
            long sectionId,
            Instant created,
            @Nullable Instant published,
            @Nullable Instant scheduled,
            List<Long> authorIds,
            List<Long> tagIds) {

        /** What the article's tag and byline entries are listed by, as {@code Article} keeps it. */
        Instant listedAt() {
            return published != null ? published : created;
        }
    }

    /** A tag of an article, or an author at a position in its byline. */
    private record Entry(Generated article, int position, long id) {}
}
