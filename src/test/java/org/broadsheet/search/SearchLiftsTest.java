package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.broadsheet.content.domain.Article;
import org.broadsheet.testsupport.BroadsheetTest;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What lifts one result above another whose words score the same: the words side by side, and
 * freshness. Each pair is written so that, without the lift, the index's own tie-break (the
 * article indexed first) would put the other one first.
 */
@BroadsheetTest
class SearchLiftsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    SearchFixtures fixtures;

    @BeforeEach
    void fixtures(@Autowired ApplicationContext context) {
        fixtures = SearchFixtures.in(context);
    }

    @Test
    void theWordsSideBySideComeFirst() {
        long section = fixtures.section("Lift Notes", "lift-notes");
        long apart = fixtures.published("Field notes one", null, "<p>zorbel one two three quimper</p>", section);
        long together = fixtures.published("Field notes two", null, "<p>zorbel quimper one two three</p>", section);

        assertThat(fixtures.readerFinds("zorbel quimper")).containsExactly(together, apart);
    }

    @Test
    void theFresherComesFirst() {
        long section = fixtures.section("Lift Archive", "lift-archive");
        long old = fixtures.published("Harbour log", null, "<p>vandorp glimmet tides</p>", section);
        long fresh = fixtures.published("Harbour log", null, "<p>vandorp glimmet tides</p>", section);
        jdbc.update(
                "update article set published_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(800)),
                old);
        // indexed again in this order, so the fresh one comes second in the index
        reindex(old);
        reindex(fresh);

        assertThat(fixtures.readerFinds("vandorp glimmet")).containsExactly(fresh, old);
    }

    private void reindex(long id) {
        transactions.executeWithoutResult(status ->
                Search.session(entityManager).indexingPlan().addOrUpdate(entityManager.find(Article.class, id)));
    }
}
