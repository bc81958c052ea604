package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.DeskFilter;
import org.broadsheet.search.service.SearchHit;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchResults;
import org.broadsheet.search.service.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ranking on the demo newsroom's 25 published articles: the article a reader means comes first.
 * Every search backend passes the same checks: the embedded Lucene index ({@link SearchRelevanceTest})
 * and a real OpenSearch node ({@link OpenSearchRelevanceIT}).
 */
abstract class SearchRelevanceChecks {

    @Autowired
    SearchService search;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            glacier                | The glacier that fed two cities is almost gone
            glaciers               | The glacier that fed two cities is almost gone
            Sao Paulo              | São Paulo's rooftop gardens
            evictions              | What a no-fault eviction costs
            launderette            | The tenants' union that meets in a launderette
            cable car              | The cable car that rewired a city
            Caracas dollar         | The dollar shops of Caracas
            olive harvests         | An olive harvest under watch
            corrections            | Why we publish our corrections
            Beirut banks           | Beirut, after the banks closed their doors
            "the generator men"    | The generator men
            """)
    void theArticleMeantComesFirst(String query, String expectedFirst) {
        SearchResults results = search.searchPublished(SearchQuery.of(query, ZoneOffset.UTC, 1, 10));

        assertThat(titles(results)).first().isEqualTo(expectedFirst);
        assertThat(results.similarWords()).isFalse();
    }

    @Test
    void aMisspeltWordFindsWordsSpeltLikeIt() {
        SearchResults results = search.searchPublished(SearchQuery.of("glaicer", ZoneOffset.UTC, 1, 10));

        assertThat(results.similarWords()).isTrue();
        assertThat(titles(results)).first().isEqualTo("The glacier that fed two cities is almost gone");
    }

    @Test
    void readersNeverFindWhatIsNotPublished() {
        assertThat(titles(search.searchPublished(SearchQuery.of("pharmacy desert", ZoneOffset.UTC, 1, 10))))
                .doesNotContain("Living in a pharmacy desert");
        assertThat(titles(search.searchPublished(SearchQuery.of("census", ZoneOffset.UTC, 1, 10))))
                .doesNotContain("Census postponed again");
    }

    @Test
    void theDeskFindsEveryStatusAndWordsBeingTyped() {
        List<Long> pharmacy = SystemActor.call(() ->
                search.searchDesk("pharmacy desert", DeskFilter.NONE, 0, 10).ids());
        List<Long> typing = SystemActor.call(
                () -> search.searchDesk("glac", DeskFilter.NONE, 0, 10).ids());

        assertThat(pharmacy).isNotEmpty();
        assertThat(typing).isNotEmpty();
    }

    @Test
    void filtersBySectionWithItsSubsectionsAndByYear() {
        SearchResults inAmericas =
                search.searchPublished(new SearchQuery("city", "americas", null, ZoneOffset.UTC, 1, 20));
        assertThat(inAmericas.hits().getContent())
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.article().section().path()).startsWith("americas"));
        assertThat(titles(inAmericas)).contains("The cable car that rewired a city");

        SearchResults longAgo = search.searchPublished(new SearchQuery("city", null, 1999, ZoneOffset.UTC, 1, 20));
        assertThat(longAgo.hits().getContent()).isEmpty();
    }

    @Test
    void snippetsMarkTheMatchedWords() {
        SearchHit first = search.searchPublished(SearchQuery.of("dryers", ZoneOffset.UTC, 1, 10))
                .hits()
                .getContent()
                .getFirst();

        assertThat(first.snippet()).isNotNull();
        assertThat(first.snippet().toLowerCase()).contains(SearchHit.MATCH_START + "dryers" + SearchHit.MATCH_END);
    }

    @Test
    void aMatchOpeningAPassageIsMarkedToo() {
        SearchHit rain =
                search.searchPublished(SearchQuery.of("water", ZoneOffset.UTC, 1, 20)).hits().getContent().stream()
                        .filter(hit -> hit.article().title().equals("Who owns the rain?"))
                        .findFirst()
                        .orElseThrow();

        assertThat(rain.snippet()).startsWith(SearchHit.MATCH_START + "Water" + SearchHit.MATCH_END);
    }

    @Test
    void queryLanguageCharactersAreJustCharacters() {
        for (String odd : List.of("glacier AND (", "glacier\" OR *", "+glacier -", "title:glacier", "glacier~2^9")) {
            assertThat(titles(search.searchPublished(SearchQuery.of(odd, ZoneOffset.UTC, 1, 10))))
                    .as(odd)
                    .first()
                    .isEqualTo("The glacier that fed two cities is almost gone");
        }
        for (String nothingToFind : List.of("\\", "\"", "*", "?", "((((", "a".repeat(200))) {
            assertThat(search.searchPublished(SearchQuery.of(nothingToFind, ZoneOffset.UTC, 1, 10))
                            .matchesAtLeast())
                    .as(nothingToFind)
                    .isZero();
        }
    }

    private static List<String> titles(SearchResults results) {
        return results.hits().getContent().stream()
                .map(hit -> hit.article().title())
                .toList();
    }
}
