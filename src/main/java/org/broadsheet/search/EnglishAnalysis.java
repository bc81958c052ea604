package org.broadsheet.search;

import org.broadsheet.content.ArticleIndexFields;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The "english" analyzer of the embedded Lucene index: words split by Unicode rules, possessives
 * dropped, lower case, accents folded (so "Potosí" and "potosi" meet), stop words out, and
 * Porter stemming ("cities" finds "city"). {@link ElasticsearchEnglishAnalysis} is its twin.
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ArticleIndexFields.ANALYZER)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
    }
}
