package org.broadsheet.search.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
        return indexAnalyzer.english().map(english -> {
            Set<String> terms = new LinkedHashSet<>();
            tokens(english, words).forEach(token -> terms.add(token.term()));
            return List.copyOf(terms);
        });
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
                .map(english -> pairs(tokens(english, words)))
                .orElse(List.of());
    }

    private static List<String> pairs(List<Token> tokens) {
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).increment() != 1) {
                return List.of();
            }
            pairs.add(tokens.get(i - 1).term() + " " + tokens.get(i).term());
        }
        return List.copyOf(pairs);
    }

    /** A term and how many positions after the one before it stands (more than one: stop words between). */
    private record Token(String term, int increment) {}

    private static List<Token> tokens(Analyzer english, String words) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = english.tokenStream(ArticleIndexFields.BODY, words)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), increment.getPositionIncrement()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
