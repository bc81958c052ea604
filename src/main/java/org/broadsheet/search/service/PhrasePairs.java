package org.broadsheet.search.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.broadsheet.content.ArticleIndexFields;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A quoted phrase as the pairs of neighbouring words the index keeps ({@link
 * ArticleIndexFields#PAIRS_ANALYZER}): "school budgets" is the one pair "school budget". An article
 * has the phrase only if it has every pair, so the pairs find the articles whose words' positions
 * are worth checking, and two words are a single pair the index ranks like one word. Checking
 * every position of two common words was most of a phrase search.
 */
@Component
class PhrasePairs {

    private final IndexAnalyzer indexAnalyzer;

    PhrasePairs(IndexAnalyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /**
     * The pairs, in order; none where the index cannot answer by pairs: a stop word inside the
     * phrase ("state of the union": the words are not neighbours), fewer than two words once stop
     * words are out, or an index whose analysis happens elsewhere.
     */
    List<String> of(String words) {
        return indexAnalyzer.english().map(english -> pairs(english, words)).orElse(List.of());
    }

    static List<String> pairs(Analyzer english, String words) {
        List<String> pairs = new ArrayList<>();
        try (TokenStream tokens = english.tokenStream(ArticleIndexFields.BODY, words)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            @Nullable String previous = null;
            while (tokens.incrementToken()) {
                if (previous != null) {
                    if (increment.getPositionIncrement() != 1) {
                        return List.of();
                    }
                    // as the index's shingle filter joins them
                    pairs.add(previous + " " + term);
                }
                previous = term.toString();
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(pairs);
    }
}
