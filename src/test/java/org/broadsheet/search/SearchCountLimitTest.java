package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchResults;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.context.TestPropertySource;

/**
 * Past the count limit a search says how many match at least, and its pages still lead from the
 * first result to the last, each once, in the order of a fully counted search.
 */
@BroadsheetTest
@TestPropertySource(properties = "broadsheet.search.counted-up-to=3")
class SearchCountLimitTest {

    private static final String COMMON = "americas";
    private static final int PAGE_SIZE = 2;

    @Autowired
    SearchService search;

    @Test
    void pastTheLimitMatchesAreAtLeastAndEveryPageLeadsToTheNext() {
        SearchResults first = search.searchPublished(SearchQuery.of(COMMON, ZoneOffset.UTC, 1, PAGE_SIZE));
        assertThat(first.counted()).isFalse();
        assertThat(first.matchesAtLeast()).isGreaterThanOrEqualTo(3);
        assertThat(first.hits()).isNotInstanceOf(Page.class);
        assertThat(first.hits().hasNext()).isTrue();

        List<Long> walked = new ArrayList<>();
        SearchResults page = first;
        for (int number = 1; ; number++) {
            page = search.searchPublished(SearchQuery.of(COMMON, ZoneOffset.UTC, number, PAGE_SIZE));
            page.hits().forEach(hit -> walked.add(hit.article().id()));
            if (!page.hits().hasNext()) {
                break;
            }
        }
        assertThat(page.hits().getContent()).isNotEmpty();
        assertThat(new HashSet<>(walked)).hasSameSizeAs(walked);
        SearchResults all = search.searchPublished(SearchQuery.of(COMMON, ZoneOffset.UTC, 1, 100));
        assertThat(walked)
                .containsExactlyElementsOf(
                        all.hits().stream().map(hit -> hit.article().id()).toList());
        assertThat(all.counted()).isTrue();
        assertThat(all.matchesAtLeast()).isEqualTo(walked.size()).isGreaterThan(4);
    }
}
