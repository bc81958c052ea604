package org.broadsheet.search.service;

import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.scope.SearchScopeProvider;

/**
 * The article index, named rather than typed: the indexed entity belongs to the content
 * feature, whose persistence classes other features do not use.
 */
final class ArticleIndex {

    static final String ENTITY_NAME = "Article";

    /**
     * The version of the document fields the content feature writes ({@code ArticleContextBinder}):
     * documents without it come from an older release.
     */
    static final String SCHEMA_VERSION_FIELD = "schemaVersion";

    static final int SCHEMA_VERSION = 2;

    private ArticleIndex() {}

    static SearchScope<Object> scope(SearchScopeProvider provider) {
        return provider.scope(Object.class, ENTITY_NAME);
    }
}
