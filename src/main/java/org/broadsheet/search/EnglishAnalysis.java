package org.broadsheet.search;

import org.broadsheet.content.ArticleIndexFields;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The "english" analyzer of the embedded Lucene index: words split by Unicode rules, possessives
 * dropped, lower case, accents folded (so "Potosí" and "potosi" meet), stop words out, and
 * Porter stemming ("cities" finds "city"). "english_pairs" keeps the same words as pairs of
 * neighbours; a stop word between two words leaves a filler ("_") in their place, so a pair
 * always means two words side by side. {@link ElasticsearchEnglishAnalysis} is their twin.
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        englishWords(context.analyzer(ArticleIndexFields.ANALYZER).custom().tokenizer("standard"));
        englishWords(context.analyzer(ArticleIndexFields.PAIRS_ANALYZER)
                        .custom()
                        .tokenizer("standard"))
                .tokenFilter("shingle")
                .param("minShingleSize", "2")
                .param("maxShingleSize", "2")
                .param("outputUnigrams", "false");
    }

    private static LuceneAnalysisOptionalComponentsStep englishWords(LuceneAnalysisOptionalComponentsStep tokenizer) {
        return tokenizer
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
    }
}
