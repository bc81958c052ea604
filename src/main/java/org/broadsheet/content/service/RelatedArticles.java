package org.broadsheet.content.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Picks the "Related articles" of a story: pinned ones first, then the best-scoring candidates
 * from two bounded queries (same section; shared tags). Scores: two points for the same
 * section, one per shared tag; ties go to the article whose text reads most like this one's
 * ({@link TextSimilarity}), then to the newer.
 */
@Component
class RelatedArticles {

    /** How many candidates each query fetches per related article wanted. */
    private static final int CANDIDATES_PER_SLOT = 4;
    /** How far back articles sharing a tag are looked for; the same section has no limit. */
    static final Duration TAG_WINDOW = Duration.ofDays(2 * 365);

    private final ArticleRepository articles;
    private final ObjectProvider<TextSimilarity> similarity;
    private final Clock clock;

    RelatedArticles(ArticleRepository articles, ObjectProvider<TextSimilarity> similarity, Clock clock) {
        this.articles = articles;
        this.similarity = similarity;
        this.clock = clock;
    }

    List<Article> choose(Article article, int limit) {
        long id = article.requireId();
        Map<Long, Article> chosen = new LinkedHashMap<>();
        articles.findAllById(article.getPinnedRelatedIds()).stream()
                .filter(Article::isVisibleToReaders)
                .sorted(Comparator.comparingInt(
                        a -> article.getPinnedRelatedIds().indexOf(a.getId())))
                .forEach(pinned -> chosen.put(pinned.requireId(), pinned));

        PageRequest candidates = PageRequest.of(0, Math.max(1, limit * CANDIDATES_PER_SLOT));
        Map<Long, Article> pool = new LinkedHashMap<>();
        articles.findPublishedInSectionExcept(article.getSectionId(), id, candidates)
                .forEach(a -> pool.put(a.requireId(), a));
        if (!article.getTagIds().isEmpty()) {
            articles.findPublishedWithAnyTagExcept(
                            article.getTagIds(), id, clock.instant().minus(TAG_WINDOW), candidates)
                    .forEach(a -> pool.putIfAbsent(a.requireId(), a));
        }
        List<Article> ranked = new ArrayList<>(pool.values());
        Map<Long, Float> alike = alikeness(article, pool.keySet());
        ranked.sort(Comparator.comparingInt((Article a) -> score(article, a))
                .reversed()
                .thenComparing(a -> alike.getOrDefault(a.requireId(), 0f), Comparator.reverseOrder())
                .thenComparing(a -> Objects.requireNonNull(a.getPublishedAt()), Comparator.reverseOrder()));
        for (Article candidate : ranked) {
            if (chosen.size() >= limit) {
                break;
            }
            chosen.putIfAbsent(candidate.requireId(), candidate);
        }
        return chosen.values().stream().limit(limit).toList();
    }

    private Map<Long, Float> alikeness(Article article, Set<Long> candidates) {
        TextSimilarity text = similarity.getIfAvailable();
        if (text == null || candidates.isEmpty()) {
            return Map.of();
        }
        try {
            String standfirst = article.getStandfirst();
            return text.scores(article.getTitle() + (standfirst == null ? "" : " " + standfirst), candidates);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    static int score(Article of, Article candidate) {
        Set<Long> shared = new HashSet<>(of.getTagIds());
        shared.retainAll(candidate.getTagIds());
        return (of.getSectionId() == candidate.getSectionId() ? 2 : 0) + shared.size();
    }
}
