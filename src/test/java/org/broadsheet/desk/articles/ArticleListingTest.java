package org.broadsheet.desk.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.content.service.DeskFilter;
import org.broadsheet.search.service.DeskSearchHits;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchResults;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.search.service.SearchUnavailable;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** When the index cannot answer, the desk still filters: by headline, from the database, and says so. */
class ArticleListingTest {

    private final ArticleService articles = mock(ArticleService.class);
    private final DeskArticleRow row = mock(DeskArticleRow.class);

    @Test
    void fallsBackToHeadlinesWhenTheIndexCannotAnswer() {
        when(articles.deskListByTitle(eq("glacier"), any(Pageable.class))).thenReturn(new PageImpl<>(List.of(row)));
        ArticleListing listing = new ArticleListing(articles, new BrokenIndex());

        assertThat(listing.count("glacier", DeskFilter.NONE)).isEqualTo(1);
        assertThat(listing.fetch("glacier", DeskFilter.NONE, new Query<>(0, 50, List.of(), null, null)))
                .containsExactly(row);
        assertThat(listing.searchUnavailable()).isTrue();
    }

    private static final class BrokenIndex implements SearchService {

        @Override
        public SearchResults searchPublished(SearchQuery query) {
            throw new SearchUnavailable("closed", new IllegalStateException());
        }

        @Override
        public DeskSearchHits searchDesk(String text, DeskFilter filter, int offset, int limit) {
            throw new SearchUnavailable("closed", new IllegalStateException());
        }

        @Override
        public boolean findsChangesOnCommit() {
            return true;
        }
    }
}
