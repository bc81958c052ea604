package org.broadsheet.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.h2.command.Command;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Every public listing reads about one page of rows, not the archive: H2's own count of the rows
 * each query looked at ({@code EXPLAIN ANALYZE}), over the real schema with 3 000 articles in two
 * sections, each with a tag and a byline. A new index that H2 prefers over a listing's own, or a
 * listing ordered so that no index holds it, makes the count jump to the thousands.
 */
class ListingPlansTest {

    static final int ARTICLES = 3_000;
    static final int PAGE = 21;
    /**
     * A page with the rows its filter skips (drafts and the trash are 14 in 100), counted twice
     * where a join looks each one up; a merge of two sections or tags reads both pages.
     */
    static final int MOST_ROWS_READ = 4 * PAGE;

    static Connection db;

    @BeforeAll
    static void archive() throws Exception {
        String url = "jdbc:h2:mem:listing-plans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        // one connection for the migration and the test: H2 keeps a check constraint tied to the
        // session that created it
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure().dataSource(dataSource).load().migrate();
        db = dataSource.getConnection();
        try (Statement sql = db.createStatement()) {
            sql.execute("insert into section (id, name, slug, position, path) values (1, 'A', 'a', 0, 'a')");
            sql.execute("insert into section (id, name, slug, position, path) values (2, 'B', 'b', 1, 'b')");
            sql.execute("insert into tag (id, name, slug) values (1, 'One', 'one'), (2, 'Two', 'two')");
            sql.execute("insert into author (id, name, slug) values (1, 'Ana', 'ana')");
        }
        Random random = new Random(7);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        try (PreparedStatement article = db.prepareStatement("""
                        insert into article (id, title, slug, body, status, section_id, created_at, updated_at,
                                             published_at, deleted_at, version)
                        values (?, 'Title', ?, '<p>Text</p>', ?, ?, ?, ?, ?, ?, 0)""");
                PreparedStatement tag = db.prepareStatement(
                        "insert into article_tag (article_id, tag_id, listed_at, status) values (?, ?, ?, ?)");
                PreparedStatement byline = db.prepareStatement(
                        "insert into article_author (article_id, position, author_id, listed_at, status)"
                                + " values (?, 0, 1, ?, ?)")) {
            for (int id = 1; id <= ARTICLES; id++) {
                OffsetDateTime at =
                        OffsetDateTime.ofInstant(now.minusSeconds(random.nextInt(5 * 365 * 86_400)), ZoneOffset.UTC);
                boolean draft = id % 10 == 0;
                article.setLong(1, id);
                article.setString(2, "article-" + id);
                article.setString(3, draft ? "DRAFT" : "PUBLISHED");
                article.setLong(4, 1 + id % 2);
                article.setObject(5, at);
                article.setObject(6, at);
                article.setObject(7, draft ? null : at);
                article.setObject(8, id % 25 == 0 ? at : null);
                article.addBatch();
                tag.setLong(1, id);
                tag.setLong(2, 1 + id % 2);
                tag.setObject(3, at);
                tag.setString(4, draft ? "DRAFT" : "PUBLISHED");
                tag.addBatch();
                byline.setLong(1, id);
                byline.setObject(2, at);
                byline.setString(3, draft ? "DRAFT" : "PUBLISHED");
                byline.addBatch();
            }
            article.executeBatch();
            tag.executeBatch();
            byline.executeBatch();
        }
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void theLatestArticles() throws Exception {
        assertReadsAPage(ArticleListingsImpl.LATEST + ArticleListingsImpl.PAGE);
    }

    @Test
    void aSectionAndTheSectionsBelowIt() throws Exception {
        assertReadsAPage(ArticleListingsImpl.inSections(1) + ArticleListingsImpl.PAGE);
        assertReadsAPage(ArticleListingsImpl.inSections(2) + ArticleListingsImpl.PAGE);
    }

    @Test
    void theNewestOfEachSectionForTheHomePage() throws Exception {
        assertReadsAPage(ArticleListingsImpl.newestOfEachStatement(2));
    }

    @Test
    void theHomePagesStatementIsParsedOnceAndKept() throws Exception {
        SessionLocal session = (SessionLocal) db.unwrap(JdbcConnection.class).getSession();
        String sql = withValues(ArticleListingsImpl.newestOfEachStatement(2));

        Command first = session.prepareLocal(sql);
        first.close();

        assertThat(session.prepareLocal(sql)).isSameAs(first);
    }

    @Test
    void aTagsAndAnAuthorsPages() throws Exception {
        assertReadsAPage(ArticleListingsImpl.BY_TAG + ArticleListingsImpl.PAGE);
        assertReadsAPage(ArticleListingsImpl.BY_AUTHOR + ArticleListingsImpl.PAGE);
    }

    @Test
    void relatedCandidates() throws Exception {
        assertReadsAPage(ArticleListingsImpl.IN_SECTION_EXCEPT + ArticleListingsImpl.FIRST);
        assertReadsAPage(ArticleListingsImpl.withAnyTag(2) + ArticleListingsImpl.FIRST);
    }

    private static void assertReadsAPage(String sql) throws Exception {
        String plan = explainAnalyze(withValues(sql));
        List<Integer> scanned = scanCounts(plan);
        assertThat(scanned)
                .as(plan)
                .isNotEmpty()
                .allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(MOST_ROWS_READ));
    }

    /** The named parameters replaced by values that match rows: section 1, tag 1, author 1, the first page. */
    private static String withValues(String sql) {
        return sql.replace(":branchLimit", String.valueOf(PAGE))
                .replace(":offset", "0")
                .replace(":limit", String.valueOf(PAGE))
                .replace(":since", "timestamp with time zone '2022-01-01 00:00:00+00'")
                .replace(":except", "3")
                .replaceAll(":(section|tag|author)\\d*", "1");
    }

    private static String explainAnalyze(String sql) throws Exception {
        try (Statement statement = db.createStatement();
                ResultSet plan = statement.executeQuery("explain analyze " + sql)) {
            plan.next();
            return plan.getString(1);
        }
    }

    private static List<Integer> scanCounts(String plan) {
        Matcher counts = Pattern.compile("scanCount: (\\d+)").matcher(plan);
        return counts.results().map(m -> Integer.parseInt(m.group(1))).toList();
    }
}
