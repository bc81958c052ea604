package org.broadsheet.search.service;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.content.ArticleIndexFields;
import org.broadsheet.content.service.TextSimilarity;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * "More like this" for related articles: scores the candidates by how well the index matches
 * the article's headline and standfirst against their text.
 */
@Component
class IndexTextSimilarity implements TextSimilarity {

    private final EntityManager entityManager;

    IndexTextSimilarity(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<Long, Float> scores(String text, Collection<Long> candidateIds) {
        String words = QueryText.clean(text);
        if (words.isEmpty() || candidateIds.isEmpty()) {
            return Map.of();
        }
        SearchSession session = Search.session(entityManager);
        List<List<?>> hits = session.search(ArticleIndexFields.scope(session))
                .select(f -> f.composite().from(f.id(Long.class), f.score()).asList())
                .where(f -> f.bool()
                        .must(f.match()
                                .field(ArticleIndexFields.TITLE)
                                .boost(2f)
                                .field(ArticleIndexFields.STANDFIRST)
                                .field(ArticleIndexFields.BODY)
                                .matching(words))
                        .filter(f.id().matchingAny(candidateIds)))
                .fetchHits(candidateIds.size());
        Map<Long, Float> scores = new HashMap<>();
        hits.forEach(row -> scores.put((Long) row.get(0), (Float) row.get(1)));
        return scores;
    }
}
