package org.broadsheet.search.service;

import org.broadsheet.content.service.ArticleTeaser;
import org.springframework.data.domain.Page;

/** Finds published articles for readers. Implementations never throw on odd input. */
public interface SearchService {

    Page<ArticleTeaser> searchPublished(SearchQuery query);
}
