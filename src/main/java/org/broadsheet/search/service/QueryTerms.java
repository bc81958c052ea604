package org.broadsheet.search.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.broadsheet.content.ArticleIndexFields;
import org.springframework.stereotype.Component;

/**
 * A reader's words analysed here exactly as the index analyses them, so a query can be built from
 * the very terms the index holds: one flat set of term clauses instead of one query per field,
 * and a quoted phrase as its pairs of neighbouring words ({@link ArticleIndexFields#PAIRS_ANALYZER}).
 * An index whose analysis happens elsewhere (Elasticsearch) gets neither.
 */
@Component
class QueryTerms {

    private final IndexAnalyzer indexAnalyzer;

    QueryTerms(IndexAnalyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /** The distinct terms, in the words' order; none where the index analyses elsewhere. */
    Optional<List<String>> terms(String words) {
        return indexAnalyzer
                .english()
                .map(english -> IndexAnalyzer.tokens(english, words).stream()
                        .map(IndexAnalyzer.Token::term)
                        .distinct()
                        .toList());
    }

    /**
     * The phrase's pairs, in order: "school budgets" is the one pair "school budget", joined as the
     * index's shingle filter joins them. None where the index cannot answer by pairs: a stop word
     * inside the phrase ("state of the union": the words are not neighbours), fewer than two words
     * once stop words are out, or an index whose analysis happens elsewhere.
     */
    List<String> phrasePairs(String words) {
        return indexAnalyzer
                .english()
                .map(english -> pairs(IndexAnalyzer.tokens(english, words)))
                .orElse(List.of());
    }

    private static List<String> pairs(List<IndexAnalyzer.Token> tokens) {
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).increment() != 1) {
                return List.of();
            }
            pairs.add(tokens.get(i - 1).term() + " " + tokens.get(i).term());
        }
        return List.copyOf(pairs);
    }
}
