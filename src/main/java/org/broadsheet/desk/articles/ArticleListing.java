package org.broadsheet.desk.articles;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.data.provider.Query;
import java.util.stream.Stream;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.content.service.DeskFilter;
import org.broadsheet.search.service.DeskSearchHits;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.search.service.SearchUnavailable;
import org.springframework.data.domain.PageRequest;

/**
 * What the articles grid shows for its filters and text: the matching articles from the database,
 * sorted as the grid asks; or, for typed words, the search index's hits in order of relevance. When the
 * index cannot answer, headlines containing the text, from the database.
 */
class ArticleListing {

    private final ArticleService articles;
    private final SearchService search;
    private boolean searchUnavailable;

    ArticleListing(ArticleService articles, SearchService search) {
        this.articles = articles;
        this.search = search;
    }

    Stream<DeskArticleRow> fetch(String text, DeskFilter filter, Query<DeskArticleRow, Void> query) {
        if (text.isBlank()) {
            return articles.deskList(filter, toSpringPageRequest(query)).stream();
        }
        try {
            DeskSearchHits hits = search.searchDesk(text, filter, query.getOffset(), query.getLimit());
            searchUnavailable = false;
            return articles.deskRows(hits.ids()).stream();
        } catch (SearchUnavailable e) {
            searchUnavailable = true;
            return articles.deskListByTitle(text, toSpringPageRequest(query)).stream();
        }
    }

    int count(String text, DeskFilter filter) {
        long count;
        if (text.isBlank()) {
            count = articles.deskCount(filter);
        } else {
            try {
                count = search.searchDesk(text, filter, 0, 1).total();
                searchUnavailable = false;
            } catch (SearchUnavailable e) {
                searchUnavailable = true;
                count = articles.deskListByTitle(text, PageRequest.of(0, 1)).getTotalElements();
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** Whether the last answer came from the database because the index could not answer. */
    boolean searchUnavailable() {
        return searchUnavailable;
    }
}
