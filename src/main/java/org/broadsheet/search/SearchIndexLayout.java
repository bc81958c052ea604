package org.broadsheet.search;

import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The names of Broadsheet's indexes in an OpenSearch/Elasticsearch cluster: Hibernate Search's
 * usual layout ({@code article-000001} behind the aliases {@code article-write} and
 * {@code article-read}), each name starting with {@code broadsheet.search.index-prefix}, so that
 * several sites (or test runs) can share one cluster without reading each other's articles.
 */
@Component(SearchIndexLayout.BEAN_NAME)
public class SearchIndexLayout implements IndexLayoutStrategy {

    static final String BEAN_NAME = "searchIndexLayout";
    private static final Pattern GENERATION = Pattern.compile("-\\d{6}$");

    private final String prefix;

    SearchIndexLayout(@Value("${broadsheet.search.index-prefix:}") String prefix) {
        if (!prefix.matches("[a-z0-9_-]*")) {
            throw new IllegalStateException(
                    "broadsheet.search.index-prefix may hold only a-z, 0-9, '_' and '-': " + prefix);
        }
        this.prefix = prefix;
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        return GENERATION.matcher(elasticsearchIndexName).replaceFirst("");
    }
}
