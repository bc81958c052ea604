package org.broadsheet.search;

import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Substring search over headlines and standfirsts, newest first: the simple baseline. */
@Service
class DatabaseSearchService implements SearchService {

    private final ArticleService articles;

    DatabaseSearchService(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    @PreAuthorize("permitAll()")
    public Page<ArticleTeaser> searchPublished(SearchQuery query) {
        PageRequest page = PageRequest.of(query.page() - 1, query.pageSize());
        return query.isBlank() ? Page.empty(page) : articles.searchPublished(query.text(), page);
    }
}
