package org.broadsheet.content;

import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.scope.SearchScopeProvider;

/**
 * The contract of the article search index, in one place: the content feature writes these
 * fields (the mapping on {@code Article} and {@code ArticleContextBinder}), the search feature
 * queries them and defines the analyzer. Annotations need constants, hence strings, but nobody
 * spells a field name anywhere else.
 */
public final class ArticleIndexFields {

    /** The indexed entity, named so that features without access to it can open a scope. */
    public static final String ENTITY_NAME = "Article";

    public static final String INDEX_NAME = "article";

    /** The analyzer the text fields use; the search feature defines it for every backend. */
    public static final String ANALYZER = "english";

    /**
     * The same words as {@link #ANALYZER}, kept as pairs of neighbours ("school budget"): a quoted
     * phrase becomes a lookup of its pairs instead of a check of every position of its words.
     */
    public static final String PAIRS_ANALYZER = "english_pairs";

    // the article's own fields
    public static final String TITLE = "title";
    public static final String STANDFIRST = "standfirst";
    public static final String BODY = "body";
    // the title, standfirst and body analysed by PAIRS_ANALYZER
    public static final String TITLE_PAIRS = "titlePairs";
    public static final String STANDFIRST_PAIRS = "standfirstPairs";
    public static final String BODY_PAIRS = "bodyPairs";
    public static final String STATUS = "status";
    public static final String UPDATED_AT = "updatedAt";
    public static final String PUBLISHED_AT = "publishedAt";

    // what other features own, added by ArticleContextBinder
    public static final String SECTION_PATHS = "sectionPaths";
    public static final String SECTION_NAMES = "sectionNames";
    public static final String TAG_NAMES = "tagNames";
    public static final String AUTHOR_NAMES = "authorNames";
    public static final String IN_TRASH = "inTrash";
    /** The section and its ancestors, for the desk's section filter. */
    public static final String SECTION_IDS = "sectionIds";

    /**
     * The article's id as a number: a filter on a set of them is one query the fast-vector
     * highlighter passes over, where a set of document ids is a multi-term query it would look
     * up in the index again for every passage.
     */
    public static final String ARTICLE_ID = "articleId";

    public static final String AUTHOR_IDS = "authorIds";
    public static final String TAG_IDS = "tagIds";

    /**
     * Every document carries the version of these fields it was written with. Raise it whenever
     * a field is added or changes meaning: documents of an older version do not count as indexed,
     * so the index is rebuilt at start.
     */
    public static final String SCHEMA_VERSION = "schemaVersion";

    public static final int CURRENT_SCHEMA_VERSION = 4;

    private ArticleIndexFields() {}

    /** Every article document, for a query or the mass indexer. */
    public static SearchScope<Object> scope(SearchScopeProvider provider) {
        return provider.scope(Object.class, ENTITY_NAME);
    }
}
