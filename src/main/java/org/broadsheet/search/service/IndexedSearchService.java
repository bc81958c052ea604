package org.broadsheet.search.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.content.ArticleIndexFields;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.content.service.DeskFilter;
import org.broadsheet.search.SearchIndexLocation;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchResultTotal;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the article index (Hibernate Search; Lucene embedded, or Elasticsearch by
 * configuration). Typed text is only ever matched as words, so no character can reach a query
 * parser. The index gives ids, ranks and passages; the articles themselves come from the
 * content feature, so a result is never more current in the index than on the site.
 */
@Service
class IndexedSearchService implements SearchService {

    private static final Logger log = LoggerFactory.getLogger(IndexedSearchService.class);
    private static final Duration RECENT = Duration.ofDays(30);
    private static final Duration THIS_YEAR = Duration.ofDays(365);
    private static final int SNIPPET_CHARACTERS = 180;
    /**
     * How many of the best matches by their words alone are ranked again with the lifts (never
     * more than are counted exactly).
     */
    private static final int RESCORED = 100;

    /** The fields a reader's words are matched in, and what a match in each weighs. */
    private static final Map<String, Float> TEXT_FIELDS = textFields();

    private final EntityManager entityManager;
    private final ArticleService articles;
    private final QueryTerms queryTerms;
    private final Clock clock;
    private final Timer readerSearches;
    private final boolean findsChangesOnCommit;
    private final long countedUpTo;

    IndexedSearchService(
            EntityManager entityManager,
            ArticleService articles,
            QueryTerms queryTerms,
            Clock clock,
            MeterRegistry meters,
            @Value("${" + SearchIndexLocation.COORDINATION + ":none}") String coordination,
            @Value("${broadsheet.search.counted-up-to:1000}") long countedUpTo) {
        this.countedUpTo = countedUpTo;
        this.findsChangesOnCommit = !SearchIndexLocation.OUTBOX_POLLING.equals(coordination);
        this.entityManager = entityManager;
        this.articles = articles;
        this.queryTerms = queryTerms;
        this.clock = clock;
        this.readerSearches = Timer.builder("broadsheet.search")
                .description("A reader's search: ranked ids, passages and teasers")
                .publishPercentileHistogram()
                .register(meters);
    }

    @Override
    @PreAuthorize("permitAll()")
    public boolean findsChangesOnCommit() {
        return findsChangesOnCommit;
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public SearchResults searchPublished(SearchQuery query) {
        PageRequest page = PageRequest.of(query.page() - 1, query.pageSize());
        if (query.isBlank()) {
            return new SearchResults(new PageImpl<>(List.of(), page, 0), 0, true, false);
        }
        Timer.Sample timing = Timer.start();
        try {
            SearchResults exact = readerSearch(query, page, false);
            if (exact.matchesAtLeast() == 0 && QueryText.isSingleWord(query.text())) {
                return readerSearch(query, page, true);
            }
            return exact;
        } catch (SearchException e) {
            throw unavailable("a reader query", e);
        } finally {
            timing.stop(readerSearches);
        }
    }

    @Override
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public DeskSearchHits searchDesk(String text, DeskFilter filter, int offset, int limit) {
        String words = QueryText.clean(text);
        if (words.isEmpty()) {
            return new DeskSearchHits(List.of(), 0);
        }
        try {
            SearchSession session = session();
            SearchResult<Long> result = session.search(ArticleIndexFields.scope(session))
                    .select(f -> f.id(Long.class))
                    .where(f -> f.bool().with(b -> {
                        b.filter(f.match().field(ArticleIndexFields.IN_TRASH).matching(false));
                        b.must(f.bool().should(textMatch(f, words, false)).should(prefixOfLastWord(f, words)));
                        if (filter.status() != null) {
                            b.filter(f.match()
                                    .field(ArticleIndexFields.STATUS)
                                    .matching(filter.status().name(), ValueModel.INDEX));
                        }
                        if (filter.sectionId() != null) {
                            b.filter(f.match()
                                    .field(ArticleIndexFields.SECTION_IDS)
                                    .matching(filter.sectionId()));
                        }
                        if (filter.authorId() != null) {
                            b.filter(f.match()
                                    .field(ArticleIndexFields.AUTHOR_IDS)
                                    .matching(filter.authorId()));
                        }
                        if (filter.tagId() != null) {
                            b.filter(f.match().field(ArticleIndexFields.TAG_IDS).matching(filter.tagId()));
                        }
                    }))
                    .fetch(offset, limit);
            return new DeskSearchHits(result.hits(), result.total().hitCount());
        } catch (SearchException e) {
            throw unavailable("a desk query", e);
        }
    }

    /**
     * Ranks in two steps, as a search engine's rescoring does. First the words alone, which
     * Lucene answers by skipping the matches that cannot reach the top: the ids in that order
     * with their scores, and how many match. Then the best {@link #RESCORED} of them are ranked again with what lifts
     * one above another (the words side by side, freshness); the rest keep the order of their
     * words, so every page follows from the one before. Passages are picked for the page alone.
     * Scoring the lifts over every match made Lucene score every match: 60 ms for two common
     * words at 100 000 articles.
     */
    private SearchResults readerSearch(SearchQuery query, PageRequest page, boolean similarWords) {
        String words = QueryText.clean(query.text());
        SearchSession session = session();
        int rescored = (int) Math.min(RESCORED, countedUpTo);
        int end = (int) page.getOffset() + page.getPageSize();
        SearchResult<Scored> candidates = session.search(ArticleIndexFields.scope(session))
                .select(f -> f.composite().from(f.id(Long.class), f.score()).as(Scored::new))
                .where(f -> readersMatch(f, query, words, similarWords))
                .totalHitCountThreshold(countedUpTo)
                .fetch(Math.max(rescored, end + 1));
        List<Scored> byWords = candidates.hits();
        List<Long> ranked = new ArrayList<>(byWords.size());
        if (page.getOffset() < rescored) {
            int best = Math.min(rescored, byWords.size());
            ranked.addAll(lifted(session, words, byWords.subList(0, best)));
            byWords.subList(best, byWords.size()).forEach(hit -> ranked.add(hit.id()));
        } else {
            byWords.forEach(hit -> ranked.add(hit.id()));
        }
        boolean more = ranked.size() > end;
        List<Long> ids = ranked.subList(Math.min((int) page.getOffset(), ranked.size()), Math.min(end, ranked.size()));
        Map<Long, String> passages = passages(session, query, words, similarWords, ids);
        List<SearchHit> hits = articles.publishedTeasers(ids).stream()
                .map((ArticleTeaser teaser) -> new SearchHit(teaser, passages.get(teaser.id())))
                .toList();
        SearchResultTotal total = candidates.total();
        if (total.isHitCountExact()) {
            long count = total.hitCount();
            return new SearchResults(new PageImpl<>(hits, page, count), count, true, similarWords);
        }
        return new SearchResults(new SliceImpl<>(hits, page, more), total.hitCountLowerBound(), false, similarWords);
    }

    /** An article's id and a score: its words' in the first step, its lifts' in the second. */
    private record Scored(Long id, Float score) {}

    /**
     * These candidates ranked again: their words' score plus the lifts. Only the lifts are
     * asked of the index, for the candidates alone; a bool query's score is the sum of its
     * clauses', so adding the words' score from the first step gives what one query with every
     * clause would.
     */
    private List<Long> lifted(SearchSession session, String words, List<Scored> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Long> ids = candidates.stream().map(Scored::id).toList();
        Instant now = clock.instant();
        Map<Long, Float> lifts = new HashMap<>();
        session.search(ArticleIndexFields.scope(session))
                .select(f -> f.composite().from(f.id(Long.class), f.score()).as(Scored::new))
                .where(f -> f.bool().with(b -> {
                    b.filter(among(f, ids));
                    b.should(f.phrase()
                            .field(ArticleIndexFields.TITLE)
                            .boost(2f)
                            .field(ArticleIndexFields.BODY)
                            .matching(words)
                            .slop(2));
                    b.should(f.range()
                            .field(ArticleIndexFields.PUBLISHED_AT)
                            .atLeast(now.minus(RECENT))
                            .constantScore()
                            .boost(0.8f));
                    b.should(f.range()
                            .field(ArticleIndexFields.PUBLISHED_AT)
                            .atLeast(now.minus(THIS_YEAR))
                            .constantScore()
                            .boost(0.4f));
                }))
                .fetchHits(ids.size())
                .forEach(hit -> lifts.put(hit.id(), hit.score()));
        List<Scored> lifted = new ArrayList<>(candidates.size());
        for (Scored candidate : candidates) {
            lifted.add(new Scored(candidate.id(), candidate.score() + lifts.getOrDefault(candidate.id(), 0f)));
        }
        // stable: equal scores keep the first step's order, which is the index's own tie-break
        lifted.sort(Comparator.comparing(Scored::score).reversed());
        return lifted.stream().map(Scored::id).toList();
    }

    /** The passage of each shown article's text where the words are. */
    private static Map<Long, String> passages(
            SearchSession session, SearchQuery query, String words, boolean similarWords, List<Long> shown) {
        Map<Long, String> passages = new HashMap<>();
        if (shown.isEmpty()) {
            return passages;
        }
        session.search(ArticleIndexFields.scope(session))
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.highlight(ArticleIndexFields.BODY))
                        .asList())
                // the words in the body alone: the passage comes from there, and the highlighter
                // works through every clause of the query it is given, for each article
                .where(f -> f.bool().must(inBody(f, query, words, similarWords)).filter(among(f, shown)))
                .highlighter(h -> h.fastVector()
                        .tag(String.valueOf(SearchHit.MATCH_START), String.valueOf(SearchHit.MATCH_END))
                        .fragmentSize(SNIPPET_CHARACTERS)
                        .numberOfFragments(1))
                .fetchHits(shown.size())
                .forEach(row -> {
                    if (row.get(1) instanceof List<?> fragments && !fragments.isEmpty()) {
                        passages.put((Long) row.get(0), String.valueOf(fragments.getFirst()));
                    }
                });
        return passages;
    }

    /**
     * These articles, by their id as an indexed number: a set of document ids is a multi-term
     * query, which the fast-vector highlighter would look up in the index again for every passage.
     */
    private static PredicateFinalStep among(SearchPredicateFactory f, List<Long> ids) {
        return f.terms().field(ArticleIndexFields.ARTICLE_ID).matchingAny(ids);
    }

    private static PredicateFinalStep inBody(
            SearchPredicateFactory f, SearchQuery query, String words, boolean similarWords) {
        if (QueryText.isPhrase(query.text())) {
            return f.phrase().field(ArticleIndexFields.BODY).matching(words);
        }
        var match = f.match().field(ArticleIndexFields.BODY).matching(words, ValueModel.INDEX);
        return similarWords ? match.fuzzy(2, 1) : match;
    }

    /**
     * Published articles outside the trash, in the reader's section and year, that have the
     * words. Status, trash, section and year are filters, not scored clauses: every result passes
     * them alike, and a score made of the words alone is what lets Lucene skip.
     */
    private PredicateFinalStep readersMatch(
            SearchPredicateFactory f, SearchQuery query, String words, boolean similarWords) {
        return f.bool().with(b -> {
            b.filter(f.match().field(ArticleIndexFields.STATUS).matching("PUBLISHED", ValueModel.INDEX));
            b.filter(f.match().field(ArticleIndexFields.IN_TRASH).matching(false));
            b.must(
                    QueryText.isPhrase(query.text())
                            ? phraseMatch(f, words, queryTerms.phrasePairs(words))
                            : textMatch(f, words, similarWords));
            if (query.sectionPath() != null) {
                b.filter(f.match().field(ArticleIndexFields.SECTION_PATHS).matching(query.sectionPath()));
            }
            if (query.year() != null) {
                b.filter(f.range()
                        .field(ArticleIndexFields.PUBLISHED_AT)
                        .between(
                                LocalDate.of(query.year(), 1, 1)
                                        .atStartOfDay(query.zone())
                                        .toInstant(),
                                LocalDate.of(query.year() + 1, 1, 1)
                                        .atStartOfDay(query.zone())
                                        .toInstant()));
            }
        });
    }

    /**
     * The words side by side in the title, standfirst or body. Two words are one pair, looked up
     * and ranked like a single word. Longer phrases have their positions checked in the articles
     * holding every pair only; without pairs (a stop word inside), in every article with the words.
     */
    private static PredicateFinalStep phraseMatch(SearchPredicateFactory f, String words, List<String> pairs) {
        if (pairs.size() == 1) {
            return pairIn(f, pairs.getFirst());
        }
        PredicateFinalStep phrase = f.phrase()
                .field(ArticleIndexFields.TITLE)
                .boost(3f)
                .field(ArticleIndexFields.STANDFIRST)
                .boost(1.5f)
                .field(ArticleIndexFields.BODY)
                .matching(words);
        return pairs.isEmpty()
                ? phrase
                : f.bool().with(b -> {
                    b.must(phrase);
                    pairs.forEach(pair -> b.filter(pairIn(f, pair)));
                });
    }

    /**
     * The pair as it is indexed: joined by the analyzer already, so not analysed again, and not
     * passed through the body's HTML-to-text bridge.
     */
    private static PredicateFinalStep pairIn(SearchPredicateFactory f, String pair) {
        return f.match()
                .field(ArticleIndexFields.TITLE_PAIRS)
                .boost(3f)
                .field(ArticleIndexFields.STANDFIRST_PAIRS)
                .boost(1.5f)
                .field(ArticleIndexFields.BODY_PAIRS)
                .matching(pair, ValueModel.INDEX)
                .skipAnalysis();
    }

    /**
     * Any of the words in any of {@link #TEXT_FIELDS}, each match weighed by its field. Built from
     * the index's own terms as one flat set of clauses, a term in a field each: a query per field,
     * each with every word, scores the same, but Lucene skipped far less with it (two common words
     * took twice the time).
     */
    private PredicateFinalStep textMatch(SearchPredicateFactory f, String words, boolean fuzzy) {
        Optional<List<String>> terms = fuzzy ? Optional.empty() : queryTerms.terms(words);
        if (terms.isPresent()) {
            return terms.get().isEmpty() ? f.matchNone() : eachTermInEachField(f, terms.get());
        }
        return f.bool()
                .with(b -> TEXT_FIELDS.forEach((field, weight) -> {
                    // the words as indexed text: they are letters and digits already, so the body's
                    // HTML-to-text bridge has nothing to take out of them
                    var match = f.match().field(field).boost(weight).matching(words, ValueModel.INDEX);
                    b.should(fuzzy ? match.fuzzy(2, 1) : match);
                }));
    }

    /**
     * A clause for each term in each field. The terms are the index's own: not analysed again, and
     * not passed through the body's HTML-to-text bridge, which would parse each as a document.
     */
    private static PredicateFinalStep eachTermInEachField(SearchPredicateFactory f, List<String> terms) {
        return f.bool()
                .with(b -> terms.forEach(term -> TEXT_FIELDS.forEach((field, weight) -> b.should(f.match()
                        .field(field)
                        .boost(weight)
                        .matching(term, ValueModel.INDEX)
                        .skipAnalysis()))));
    }

    /** "glac" finds "glacier" while the word is still being typed. */
    private static PredicateFinalStep prefixOfLastWord(SearchPredicateFactory f, String words) {
        String last = QueryText.lastWord(words);
        return last.length() < 2
                ? f.matchNone()
                : f.wildcard()
                        .field(ArticleIndexFields.TITLE)
                        .boost(2f)
                        .field(ArticleIndexFields.BODY)
                        .matching(last + "*");
    }

    private static Map<String, Float> textFields() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(ArticleIndexFields.TITLE, 3f);
        weights.put(ArticleIndexFields.STANDFIRST, 1.5f);
        weights.put(ArticleIndexFields.BODY, 1f);
        weights.put(ArticleIndexFields.AUTHOR_NAMES, 2f);
        weights.put(ArticleIndexFields.TAG_NAMES, 1.5f);
        weights.put(ArticleIndexFields.SECTION_NAMES, 1.2f);
        return Collections.unmodifiableMap(weights);
    }

    private static SearchUnavailable unavailable(String what, SearchException cause) {
        log.warn("Search index failed for {}", what, cause);
        return new SearchUnavailable("The search index cannot answer now", cause);
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }
}
