package org.broadsheet.content.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
        Set<Long> tags = article.getTagIds();
        Map<Long, Integer> score = new HashMap<>();
        pool.values().forEach(a -> score.put(a.requireId(), score(article.getSectionId(), tags, a)));
        Map<Long, Float> alike = alikeness(article, pool.values());
        List<Article> ranked = new ArrayList<>(pool.values());
        ranked.sort(Comparator.comparing((Article a) -> score.get(a.requireId()), Comparator.reverseOrder())
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

    private Map<Long, Float> alikeness(Article article, Collection<Article> candidates) {
        TextSimilarity text = similarity.getIfAvailable();
        if (text == null || candidates.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> texts = new HashMap<>();
        candidates.forEach(c -> texts.put(c.requireId(), headlineAndStandfirst(c)));
        try {
            return text.scores(headlineAndStandfirst(article), texts);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static String headlineAndStandfirst(Article article) {
        String standfirst = article.getStandfirst();
        return article.getTitle() + (standfirst == null ? "" : " " + standfirst);
    }

    /** Two points for the same section, one per shared tag. */
    static int score(long sectionId, Set<Long> tags, Article candidate) {
        int shared = 0;
        for (Long tag : candidate.getTagIds()) {
            if (tags.contains(tag)) {
                shared++;
            }
        }
        return (sectionId == candidate.getSectionId() ? 2 : 0) + shared;
    }
}
