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
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.content.domain.RelatedCandidate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

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
    /** Looked up once: asking the bean factory on every page was a hundredth of its render. */
    private final Supplier<TextSimilarity> similarity;

    private final Clock clock;

    RelatedArticles(ArticleRepository articles, ObjectProvider<TextSimilarity> similarity, Clock clock) {
        this.articles = articles;
        this.similarity = SingletonSupplier.of(() -> similarity.getIfAvailable(() -> (words, texts) -> Map.of()));
        this.clock = clock;
    }

    List<RelatedCandidate> choose(Article article, int limit) {
        long id = article.requireId();
        Map<Long, RelatedCandidate> chosen = new LinkedHashMap<>();
        List<Long> pins = article.getPinnedRelatedIds();
        if (!pins.isEmpty()) {
            articles.findPublishedAmong(pins).stream()
                    .sorted(Comparator.comparingInt(c -> pins.indexOf(c.id())))
                    .forEach(pinned -> chosen.put(pinned.id(), pinned));
        }

        PageRequest candidates = PageRequest.of(0, Math.max(1, limit * CANDIDATES_PER_SLOT));
        Map<Long, RelatedCandidate> pool = new LinkedHashMap<>();
        articles.findPublishedInSectionExcept(article.getSectionId(), id, candidates)
                .forEach(c -> pool.put(c.id(), c));
        Set<Long> tags = article.getTagIds();
        if (!tags.isEmpty()) {
            articles.findPublishedWithAnyTagExcept(tags, id, clock.instant().minus(TAG_WINDOW), candidates)
                    .forEach(c -> pool.putIfAbsent(c.id(), c));
        }
        Map<Long, Integer> shared = articles.countTagsShared(pool.keySet(), tags);
        ToIntFunction<RelatedCandidate> score =
                c -> (c.sectionId() == article.getSectionId() ? 2 : 0) + shared.getOrDefault(c.id(), 0);
        Map<Long, Float> alike = alikeness(article, pool.values());
        List<RelatedCandidate> ranked = new ArrayList<>(pool.values());
        ranked.sort(Comparator.comparingInt(score)
                .reversed()
                .thenComparing(c -> alike.getOrDefault(c.id(), 0f), Comparator.reverseOrder())
                .thenComparing(RelatedCandidate::publishedAt, Comparator.reverseOrder()));
        ranked.forEach(c -> chosen.putIfAbsent(c.id(), c));
        return chosen.values().stream().limit(limit).toList();
    }

    private Map<Long, Float> alikeness(Article article, Collection<RelatedCandidate> candidates) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        TextSimilarity text = similarity.get();
        Map<Long, String> texts = new HashMap<>();
        candidates.forEach(c -> texts.put(c.id(), headlineAndStandfirst(c.title(), c.standfirst())));
        try {
            return text.scores(headlineAndStandfirst(article.getTitle(), article.getStandfirst()), texts);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static String headlineAndStandfirst(String title, @Nullable String standfirst) {
        return title + (standfirst == null ? "" : " " + standfirst);
    }
}
