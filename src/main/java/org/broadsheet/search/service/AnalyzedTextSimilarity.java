package org.broadsheet.search.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.broadsheet.content.service.TextSimilarity;
import org.springframework.stereotype.Component;

/**
 * Alikeness as the words two texts share once analysed like the index analyses them (stemmed,
 * accents folded, stop words out): the number of distinct shared terms. It reads only the texts
 * it is given, never the index, so it costs the same in any archive; the candidates are few and
 * already loaded.
 */
@Component
class AnalyzedTextSimilarity implements TextSimilarity {

    /** An Elasticsearch backend analyses remotely: Lucene's English analyzer is its nearest twin. */
    private static final Analyzer NEAREST_TWIN = new EnglishAnalyzer();

    private final IndexAnalyzer indexAnalyzer;
    /**
     * Terms by text: the candidates are mostly the latest articles of a section or tag, the same
     * for many pages, and analysing their headlines was a twentieth of an article page's render.
     */
    private final Cache<String, Set<String>> termsByText =
            Caffeine.newBuilder().maximumSize(5_000).build();

    AnalyzedTextSimilarity(IndexAnalyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    @Override
    public Map<Long, Float> scores(String text, Map<Long, String> candidateTexts) {
        Set<String> words = terms(text);
        Map<Long, Float> scores = new HashMap<>();
        candidateTexts.forEach((id, candidate) -> scores.put(id, (float) shared(terms(candidate), words)));
        return scores;
    }

    private static int shared(Set<String> terms, Set<String> words) {
        int shared = 0;
        for (String term : terms) {
            if (words.contains(term)) {
                shared++;
            }
        }
        return shared;
    }

    private Set<String> terms(String text) {
        return termsByText.get(text, this::analysed);
    }

    private Set<String> analysed(String text) {
        return IndexAnalyzer.tokens(analyzer(), text).stream()
                .map(IndexAnalyzer.Token::term)
                .collect(Collectors.toUnmodifiableSet());
    }

    private Analyzer analyzer() {
        return indexAnalyzer.english().orElse(NEAREST_TWIN);
    }
}
