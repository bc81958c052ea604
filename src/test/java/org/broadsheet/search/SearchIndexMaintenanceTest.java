package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.DeskFilter;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.search.service.IndexStatus;
import org.broadsheet.search.service.SearchIndexService;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The index follows every change on its own, and rebuilds on request. */
@BroadsheetTest
class SearchIndexMaintenanceTest {

    @Autowired
    SearchService search;

    @Autowired
    SearchIndexService index;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleRepository repository;

    @Autowired
    SectionService sections;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void publishingUnpublishingAndTrashAreFollowed() {
        long id = publish("Quokkas return to the island", "quokkas-return", someSectionId());
        assertThat(readerFinds("quokkas")).contains(id);

        transactions.executeWithoutResult(
                tx -> repository.findById(id).orElseThrow().setStatus(ArticleStatus.DRAFT));
        assertThat(readerFinds("quokkas")).doesNotContain(id);
        assertThat(deskFinds("quokkas")).contains(id);

        transactions.executeWithoutResult(
                tx -> repository.findById(id).orElseThrow().setDeletedAt(Instant.now()));
        assertThat(deskFinds("quokkas")).doesNotContain(id);
    }

    @Test
    void aRenamedSectionIsFoundUnderItsNewName() {
        SectionSummary section =
                SystemActor.call(() -> sections.create("Wombat Affairs", "wombat-affairs", null, null));
        long id = publish("A burrow dispute", "a-burrow-dispute", section.id());
        assertThat(readerFinds("wombat")).contains(id);

        SystemActor.run(() -> sections.update(section.id(), "Marsupial Matters", "wombat-affairs", null, null));

        eventually(() -> readerFinds("marsupial").contains(id));
        assertThat(readerFinds("wombat")).doesNotContain(id);
    }

    @Test
    void aRebuildIndexesEveryArticleAgain() {
        assertThat(SystemActor.call(index::rebuild)).isTrue();
        eventually(() -> !SystemActor.call(index::status).rebuilding());

        IndexStatus status = SystemActor.call(index::status);
        assertThat(status.lastError()).isNull();
        assertThat(status.documents()).isEqualTo(status.articles()).isEqualTo(articles.countAll());
        assertThat(status.rebuilt()).isEqualTo(status.articles());
        assertThat(readerFinds("glacier")).isNotEmpty();
    }

    private long publish(String title, String slug, long sectionId) {
        return SystemActor.call(() -> editor.create(
                        Drafts.of(
                                title,
                                slug,
                                "A standfirst.",
                                "<p>Text about " + title.toLowerCase() + ".</p>",
                                sectionId,
                                List.of(),
                                Set.of()),
                        Workflow.PUBLISH,
                        null)
                .id());
    }

    private long someSectionId() {
        return sections.tree().byPath("climate").orElseThrow().id();
    }

    private List<Long> readerFinds(String words) {
        return search.searchPublished(SearchQuery.of(words, ZoneOffset.UTC, 1, 50)).hits().getContent().stream()
                .map(hit -> hit.article().id())
                .toList();
    }

    private List<Long> deskFinds(String words) {
        return SystemActor.call(
                () -> search.searchDesk(words, DeskFilter.NONE, 0, 50).ids());
    }

    private static void eventually(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition still false after 20 s").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
