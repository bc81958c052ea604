package org.broadsheet.search.service;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.broadsheet.content.ArticleIndexFields;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The index's own English analyzer, for analysing text in this process exactly as the index does.
 * Only an embedded Lucene index has one here; an Elasticsearch backend analyses remotely.
 */
@Component
class IndexAnalyzer {

    /** Looked up when first asked: the search mapping starts after this bean. */
    private final SingletonSupplier<Optional<Analyzer>> english;

    IndexAnalyzer(EntityManagerFactory entityManagerFactory) {
        this.english = SingletonSupplier.of(() -> {
            Backend backend = Search.mapping(entityManagerFactory).backend();
            return backend instanceof LuceneBackend lucene
                    ? lucene.analyzer(ArticleIndexFields.ANALYZER).map(Analyzer.class::cast)
                    : Optional.empty();
        });
    }

    /** Empty on an Elasticsearch backend. */
    Optional<Analyzer> english() {
        return english.obtain();
    }

    /** A term and how many positions after the one before it stands (more than one: stop words between). */
    record Token(String term, int increment) {}

    /** The text's terms, in order, as this analyzer writes them into the index. */
    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ArticleIndexFields.BODY, text)) {
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
