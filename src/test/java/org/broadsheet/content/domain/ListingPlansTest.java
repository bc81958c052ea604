package org.broadsheet.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Every public listing reads about one page of rows, not the archive: H2's own count of the rows
 * each query looked at ({@code EXPLAIN ANALYZE}), over the real schema and a {@link ListingArchive}.
 * A new index that H2 prefers over a listing's own, or a listing ordered so that no index holds it,
 * makes the count jump to the thousands.
 */
class ListingPlansTest {

    /**
     * A page with the rows its filter skips (drafts and the trash are 14 in 100), counted twice
     * where a join looks each one up; a merge of two sections or tags reads both pages.
     */
    static final int MOST_ROWS_READ = 4 * ListingArchive.PAGE;

    static Connection db;

    @BeforeAll
    static void archive() throws Exception {
        String url = "jdbc:h2:mem:listing-plans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        // one connection for the migration and the test: H2 keeps a check constraint tied to the
        // session that created it
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        db = dataSource.getConnection();
        ListingArchive.fill(db);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.broadsheet.content.domain.ListingArchive#listings")
    void readsAboutOnePage(String listing, String sql) throws Exception {
        String plan = explainAnalyze(withValues(sql));
        List<Integer> scanned = scanCounts(plan);
        assertThat(scanned)
                .as(plan)
                .isNotEmpty()
                .allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(MOST_ROWS_READ));
    }

    @Test
    void theHomePagesStatementIsParsedOnceAndKept() throws Exception {
        SessionLocal session = (SessionLocal) db.unwrap(JdbcConnection.class).getSession();
        String sql = withValues(ArticleListingsImpl.newestOfEachStatement(2, ListingArchive.PAGE));

        Command first = session.prepareLocal(sql);
        first.close();

        assertThat(session.prepareLocal(sql)).isSameAs(first);
    }

    /** The named parameters replaced by the archive's values, written as SQL literals. */
    private static String withValues(String sql) {
        return Pattern.compile(":(\\w+)").matcher(sql).replaceAll(parameter -> {
            Object value = ListingArchive.valueOf(parameter.group(1));
            return value instanceof OffsetDateTime at ? "timestamp with time zone '" + at + "'" : value.toString();
        });
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
