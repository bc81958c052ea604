package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page past the middle is read walking the sort from the other end: it must hold the same rows
 * in the same order as the page read from the start, for every sort the grid offers (nulls and
 * ties included) and at every offset, the last partial page too.
 */
@BroadsheetTest
class DeskListingFromTheEndTest {

    private static final List<Sort> SORTS = List.of(
            grid(Sort.Direction.ASC, "title"),
            grid(Sort.Direction.DESC, "title"),
            grid(Sort.Direction.DESC, "updatedAt"),
            grid(Sort.Direction.ASC, "publishedAt"),
            grid(Sort.Direction.DESC, "publishedAt"),
            grid(Sort.Direction.ASC, "status"));

    @Autowired
    EntityManager entityManager;

    @Autowired
    ArticleViews views;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DeskFilterCount counts;

    @Test
    void everyPageReadFromTheEndIsThePageReadFromTheStart() {
        DeskListing fromTheStart = new DeskListing(entityManager, views, Long.MAX_VALUE);
        DeskListing fromTheEnd = new DeskListing(entityManager, views, 0);
        for (DeskFilter desk : List.of(DeskFilter.NONE, new DeskFilter(ArticleStatus.PUBLISHED, null, null, null))) {
            var filter = DeskFilterSpecification.of(desk, Set.of());
            long total = transactions.execute(t -> counts.count(desk, Set.of()));
            assertThat(total).isGreaterThan(20);
            for (Sort sort : SORTS) {
                for (int size : List.of(7, 10)) {
                    for (int page = 0; page * size <= total; page++) {
                        PageRequest request = PageRequest.of(page, size, sort);
                        Slice<DeskArticleRow> expected =
                                transactions.execute(t -> fromTheStart.page(filter, request, () -> total));
                        Slice<DeskArticleRow> actual =
                                transactions.execute(t -> fromTheEnd.page(filter, request, () -> total));
                        assertThat(actual.getContent())
                                .as("%s, page %d of %d", sort, page, size)
                                .extracting(DeskArticleRow::id)
                                .containsExactlyElementsOf(expected.getContent().stream()
                                        .map(DeskArticleRow::id)
                                        .toList());
                        assertThat(actual.hasNext()).isEqualTo(expected.hasNext());
                    }
                }
            }
        }
    }

    /** As the grid sorts: the column, then the id in the same direction. */
    private static Sort grid(Sort.Direction direction, String property) {
        return Sort.by(direction, property).and(Sort.by(direction, "id"));
    }
}
