package org.broadsheet.search.service;

import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
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
}
