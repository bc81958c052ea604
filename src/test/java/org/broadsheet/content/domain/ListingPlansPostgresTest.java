package org.broadsheet.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.testsupport.EmbeddedPostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * PostgreSQL keeps one plan for each public listing instead of planning it again on every page:
 * after its first executions as a prepared statement (the driver's, as Hibernate runs it), the
 * server's own count of generic plans ({@code pg_prepared_statements}) grows. Planning a listing
 * cost 0.3–1.9 ms, about half of the database's time on a page.
 */
class ListingPlansPostgresTest {

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");
    /** Enough for the driver to prepare the statement on the server (5) and the server to choose (5 more). */
    private static final int EXECUTIONS = 15;

    static DriverManagerDataSource dataSource;

    @BeforeAll
    static void archive() throws Exception {
        dataSource =
                new DriverManagerDataSource(EmbeddedPostgresDatabase.jdbcUrl("listing_plans"), "postgres", "postgres");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load()
                .migrate();
        try (Connection db = dataSource.getConnection();
                Statement sql = db.createStatement()) {
            ListingArchive.fill(db);
            sql.execute("analyze");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.broadsheet.content.domain.ListingArchive#listings")
    void keepsItsPlan(String listing, String sql) throws Exception {
        assertPlanKept(sql);
    }

    @Test
    void aPageFurtherInKeepsItsPlanToo() throws Exception {
        assertPlanKept(
                ArticleListingsImpl.BY_TAG + ArticleListingsImpl.page(PageRequest.of(2, ListingArchive.PAGE - 1)));
    }

    /** Runs the listing as one prepared statement on a connection of its own, then asks the server how it planned it. */
    private static void assertPlanKept(String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        Matcher parameters = PARAMETER.matcher(sql);
        String jdbc = parameters.replaceAll(parameter -> {
            names.add(parameter.group(1));
            return "?";
        });
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement listing = db.prepareStatement(jdbc)) {
                for (int i = 0; i < names.size(); i++) {
                    listing.setObject(i + 1, ListingArchive.valueOf(names.get(i)));
                }
                for (int run = 0; run < EXECUTIONS; run++) {
                    try (ResultSet rows = listing.executeQuery()) {
                        assertThat(rows.next()).as(sql).isTrue();
                    }
                }
                try (Statement ask = db.createStatement();
                        ResultSet plans =
                                ask.executeQuery("select generic_plans, custom_plans from pg_prepared_statements")) {
                    assertThat(plans.next())
                            .as("prepared on the server: " + sql)
                            .isTrue();
                    assertThat(plans.getLong("generic_plans"))
                            .as(
                                    "executions with the kept plan (%d planned anew): %s",
                                    plans.getLong("custom_plans"), sql)
                            .isGreaterThan(0);
                }
            }
        }
    }
}
