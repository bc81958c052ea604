package org.broadsheet.search.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.broadsheet.content.ArticleIndexFields;
import org.broadsheet.content.service.TextSimilarity;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Alikeness as the words two texts share once analysed like the index analyses them (stemmed,
 * accents folded, stop words out): the number of distinct shared terms. It reads only the texts
 * it is given, never the index, so it costs the same in any archive; the candidates are few and
 * already loaded.
 */
@Component
class AnalyzedTextSimilarity implements TextSimilarity {

    private final EntityManagerFactory entityManagerFactory;
    private volatile @Nullable Analyzer analyzer;
    /**
     * Terms by text: the candidates are mostly the latest articles of a section or tag, the same
     * for many pages, and analysing their headlines was a twentieth of an article page's render.
     */
    private final Cache<String, Set<String>> termsByText =
            Caffeine.newBuilder().maximumSize(5_000).build();

    AnalyzedTextSimilarity(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
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
        Set<String> terms = new HashSet<>();
        try (TokenStream tokens = analyzer().tokenStream(ArticleIndexFields.TITLE, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(terms);
    }

    /** The index's own analyzer, once the search mapping has started. */
    private Analyzer analyzer() {
        Analyzer known = analyzer;
        if (known == null) {
            Backend backend = Search.mapping(entityManagerFactory).backend();
            known = backend instanceof LuceneBackend lucene
                    ? lucene.analyzer(ArticleIndexFields.ANALYZER)
                            .<Analyzer>map(a -> a)
                            .orElseGet(EnglishAnalyzer::new)
                    // an Elasticsearch backend analyses remotely: Lucene's English analyzer is its nearest twin
                    : new EnglishAnalyzer();
            analyzer = known;
        }
        return known;
    }
}
