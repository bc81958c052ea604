package org.broadsheet.search;

import java.util.List;
import java.util.stream.Stream;
import org.broadsheet.content.ArticleIndexFields;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** {@link EnglishAnalysis} for an Elasticsearch or OpenSearch backend: the same chains, in its names. */
public class ElasticsearchEnglishAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final List<String> ENGLISH_WORDS =
            List.of("broadsheet_possessive", "lowercase", "asciifolding", "broadsheet_stop", "porter_stem");

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(ArticleIndexFields.ANALYZER)
                .custom()
                .tokenizer("standard")
                .tokenFilters(ENGLISH_WORDS.toArray(String[]::new));
        context.analyzer(ArticleIndexFields.PAIRS_ANALYZER)
                .custom()
                .tokenizer("standard")
                .tokenFilters(Stream.concat(ENGLISH_WORDS.stream(), Stream.of("broadsheet_pairs"))
                        .toArray(String[]::new));
        context.tokenFilter("broadsheet_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("broadsheet_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("broadsheet_pairs")
                .type("shingle")
                .param("min_shingle_size", 2)
                .param("max_shingle_size", 2)
                .param("output_unigrams", false);
    }
}
