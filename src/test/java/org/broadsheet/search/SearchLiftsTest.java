package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    SearchService search;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theWordsSideBySideComeFirst() {
        long section = section("Lift Notes", "lift-notes");
        long apart = published("Field notes one", "<p>zorbel one two three quimper</p>", section);
        long together = published("Field notes two", "<p>zorbel quimper one two three</p>", section);

        assertThat(readerFinds("zorbel quimper")).containsExactly(together, apart);
    }

    @Test
    void theFresherComesFirst() {
        long section = section("Lift Archive", "lift-archive");
        long old = published("Harbour log", "<p>vandorp glimmet tides</p>", section);
        long fresh = published("Harbour log", "<p>vandorp glimmet tides</p>", section);
        jdbc.update(
                "update article set published_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(800)),
                old);
        // indexed again in this order, so the fresh one comes second in the index
        reindex(old);
        reindex(fresh);

        assertThat(readerFinds("vandorp glimmet")).containsExactly(fresh, old);
    }

    private long section(String name, String slug) {
        return SystemActor.call(() -> sections.create(name, slug, null, null)).id();
    }

    private long published(String title, String body, long section) {
        return SystemActor.call(() -> editor.create(
                        Drafts.of(
                                title,
                                title.toLowerCase().replace(' ', '-') + "-" + System.nanoTime(),
                                null,
                                body,
                                section,
                                List.of(),
                                Set.of()),
                        Workflow.PUBLISH,
                        null)
                .id());
    }

    private void reindex(long id) {
        transactions.executeWithoutResult(status ->
                Search.session(entityManager).indexingPlan().addOrUpdate(entityManager.find(Article.class, id)));
    }

    private List<Long> readerFinds(String words) {
        return search.searchPublished(SearchQuery.of(words, ZoneOffset.UTC, 1, 10)).hits().stream()
                .map(hit -> hit.article().id())
                .toList();
    }
}
