package org.broadsheet.search;

import org.broadsheet.content.ArticleIndexFields;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** {@link EnglishAnalysis} for an Elasticsearch or OpenSearch backend: the same chain, in its names. */
public class ElasticsearchEnglishAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(ArticleIndexFields.ANALYZER)
                .custom()
                .tokenizer("standard")
                .tokenFilters("broadsheet_possessive", "lowercase", "asciifolding", "broadsheet_stop", "porter_stem");
        context.tokenFilter("broadsheet_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("broadsheet_stop").type("stop").param("stopwords", "_english_");
    }
}
