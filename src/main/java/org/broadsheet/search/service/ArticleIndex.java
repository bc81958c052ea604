package org.broadsheet.search.service;

import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.scope.SearchScopeProvider;

/**
 * The article index, named rather than typed: the indexed entity belongs to the content
 * feature, whose persistence classes other features do not use.
 */
final class ArticleIndex {

    static final String ENTITY_NAME = "Article";

    private ArticleIndex() {
    }

    static SearchScope<Object> scope(SearchScopeProvider provider) {
        return provider.scope(Object.class, ENTITY_NAME);
    }
}
