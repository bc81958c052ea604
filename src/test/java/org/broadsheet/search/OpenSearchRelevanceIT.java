package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.broadsheet.base.SystemActor;
import org.broadsheet.search.service.IndexStatus;
import org.broadsheet.search.service.SearchIndexService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.OpenSearchNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The relevance checks on a real OpenSearch node: the same English analysis, ranking, passages and
 * filters as the embedded index. The index is filled at start (it is empty, the database is not)
 * by the same rebuild an operator gets.
 */
@BroadsheetTest
@TestPropertySource(properties = OpenSearchNode.BACKEND)
class OpenSearchRelevanceIT extends SearchRelevanceChecks {

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        OpenSearchNode.register(registry, "relevance-" + UUID.randomUUID() + "-");
    }

    @Autowired
    SearchIndexService index;

    @BeforeEach
    void indexHoldsEveryArticle() throws InterruptedException {
        awaitWholeIndex(index, Duration.ofSeconds(60));
    }

    static void awaitWholeIndex(SearchIndexService index, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        IndexStatus status = SystemActor.call(index::status);
        while ((status.rebuilding() || status.documents() != status.articles()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = SystemActor.call(index::status);
        }
        assertThat(status.documents()).as("articles in the index").isEqualTo(status.articles());
        assertThat(status.rebuilding()).isFalse();
    }
}
