package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.base.SystemActor;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** A rename's reindexing is written down with the rename, so a node that dies before doing it loses none. */
@BroadsheetTest
class ArticleIndexFollowerTest {

    @Autowired
    ArticleIndexFollower follower;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aRenameLeftUndoneByANodeThatDiedIsReindexedByAnother() throws Exception {
        SectionSummary section = SystemActor.call(() -> sections.create("Numbat News", "numbat-news", null, null));
        long id = SystemActor.call(() -> editor.create(
                        Drafts.of(
                                "A termite census",
                                "a-termite-census",
                                null,
                                "<p>Counting.</p>",
                                section.id(),
                                List.of(),
                                Set.of()),
                        Workflow.PUBLISH,
                        null)
                .id());
        assertThat(readerFinds("numbat")).contains(id);
        // the rename committed on a node that died before reindexing: its request is all that is left
        jdbc.update("update section set name = 'Bilby Bulletin' where id = ?", section.id());
        events.publishEvent(PublicContentChanged.everything());
        jdbc.update(
                "insert into reindex_request (kind, target_id, node, requested_at) values ('section', ?, 'gone', ?)",
                section.id(),
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10));
        assertThat(readerFinds("bilby")).doesNotContain(id);

        follower.abandonedByOtherNodes();

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!readerFinds("bilby").contains(id) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(readerFinds("bilby")).contains(id);
        assertThat(readerFinds("numbat")).doesNotContain(id);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reindex_request where target_id = ?", Long.class, section.id()))
                .as("the request is done")
                .isZero();
    }

    @Test
    void aRenameOnThisNodeIsReindexedAndItsRequestDeleted() throws Exception {
        SectionSummary section =
                SystemActor.call(() -> sections.create("Quoll Quarterly", "quoll-quarterly", null, null));

        SystemActor.run(() -> sections.update(section.id(), "Dunnart Digest", "quoll-quarterly", null, null));

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (jdbc.queryForObject("select count(*) from reindex_request where target_id = ?", Long.class, section.id())
                        > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from reindex_request where target_id = ?", Long.class, section.id()))
                .isZero();
    }

    private List<Long> readerFinds(String words) {
        return search.searchPublished(SearchQuery.of(words, ZoneOffset.UTC, 1, 20)).hits().getContent().stream()
                .map(hit -> hit.article().id())
                .toList();
    }
}
