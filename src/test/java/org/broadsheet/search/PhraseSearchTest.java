package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quoted phrase finds its words side by side and in that order, in the title, standfirst or
 * body, however the index answers it: by one pair of words, by several pairs and then positions,
 * or by positions alone when a stop word sits inside the phrase.
 */
@BroadsheetTest
class PhraseSearchTest {

    @Autowired
    SearchService search;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Test
    void twoWordsAreFoundSideBySideInAnyTextField() {
        long section = section("Phrase Pairs", "phrase-pairs");
        long inBody = published("Notes one", null, "<p>The morvel trisket opened.</p>", section);
        long inTitle = published("A morvel trisket", null, "<p>Nothing here.</p>", section);
        long inStandfirst = published("Notes two", "Why the morvel trisket matters", "<p>Nothing.</p>", section);
        published("Notes three", null, "<p>A morvel and a trisket.</p>", section);
        published("Notes four", null, "<p>The trisket morvel.</p>", section);

        assertThat(readerFinds("\"morvel trisket\"")).containsExactlyInAnyOrder(inBody, inTitle, inStandfirst);
        assertThat(readerFinds("\"Morvel Triskets\""))
                .as("stemmed and lower case like the words")
                .containsExactlyInAnyOrder(inBody, inTitle, inStandfirst);
        assertThat(readerFinds("\"the morvel trisket\""))
                .as("a stop word before the words")
                .containsExactlyInAnyOrder(inBody, inTitle, inStandfirst);
        assertThat(readerFinds("\"morvel trisket\"").getFirst())
                .as("the title weighs most")
                .isEqualTo(inTitle);
    }

    @Test
    void longerPhrasesNeedEveryWordInOrderNotJustEveryPair() {
        long section = section("Phrase Runs", "phrase-runs");
        long whole = published("Run one", null, "<p>A quelby dorant fisk was seen.</p>", section);
        published("Run two", null, "<p>The quelby dorant left. Then dorant fisk came.</p>", section);
        published("Run three", null, "<p>Fisk dorant quelby.</p>", section);

        assertThat(readerFinds("\"quelby dorant fisk\"")).containsExactly(whole);
    }

    @Test
    void aStopWordInsideThePhraseHoldsItsPlace() {
        long section = section("Phrase Gaps", "phrase-gaps");
        long gapped = published("Gap one", null, "<p>The state of the plomery is fine.</p>", section);
        published("Gap two", null, "<p>The state plomery is fine.</p>", section);

        assertThat(readerFinds("\"state of the plomery\"")).containsExactly(gapped);
    }

    private long section(String name, String slug) {
        return SystemActor.call(() -> sections.create(name, slug, null, null)).id();
    }

    private long published(String title, @Nullable String standfirst, String body, long section) {
        return SystemActor.call(() -> editor.create(
                        Drafts.of(
                                title,
                                title.toLowerCase().replace(' ', '-') + "-" + System.nanoTime(),
                                standfirst,
                                body,
                                section,
                                List.of(),
                                Set.of()),
                        Workflow.PUBLISH,
                        null)
                .id());
    }

    private List<Long> readerFinds(String typed) {
        return search.searchPublished(SearchQuery.of(typed, ZoneOffset.UTC, 1, 10)).hits().stream()
                .map(hit -> hit.article().id())
                .toList();
    }
}
