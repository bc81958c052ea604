package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A quoted phrase finds its words side by side and in that order, in the title, standfirst or
 * body, however the index answers it: by one pair of words, by several pairs and then positions,
 * or by positions alone when a stop word sits inside the phrase.
 */
@BroadsheetTest
class PhraseSearchTest {

    SearchFixtures fixtures;

    @BeforeEach
    void fixtures(@Autowired ApplicationContext context) {
        fixtures = SearchFixtures.in(context);
    }

    @Test
    void twoWordsAreFoundSideBySideInAnyTextField() {
        long section = fixtures.section("Phrase Pairs", "phrase-pairs");
        long inBody = fixtures.published("Notes one", null, "<p>The morvel trisket opened.</p>", section);
        long inTitle = fixtures.published("A morvel trisket", null, "<p>Nothing here.</p>", section);
        long inStandfirst =
                fixtures.published("Notes two", "Why the morvel trisket matters", "<p>Nothing.</p>", section);
        fixtures.published("Notes three", null, "<p>A morvel and a trisket.</p>", section);
        fixtures.published("Notes four", null, "<p>The trisket morvel.</p>", section);

        assertThat(fixtures.readerFinds("\"morvel trisket\"")).containsExactlyInAnyOrder(inBody, inTitle, inStandfirst);
        assertThat(fixtures.readerFinds("\"Morvel Triskets\""))
                .as("stemmed and lower case like the words")
                .containsExactlyInAnyOrder(inBody, inTitle, inStandfirst);
        assertThat(fixtures.readerFinds("\"the morvel trisket\""))
                .as("a stop word before the words")
                .containsExactlyInAnyOrder(inBody, inTitle, inStandfirst);
        assertThat(fixtures.readerFinds("\"morvel trisket\"").getFirst())
                .as("the title weighs most")
                .isEqualTo(inTitle);
    }

    @Test
    void longerPhrasesNeedEveryWordInOrderNotJustEveryPair() {
        long section = fixtures.section("Phrase Runs", "phrase-runs");
        long whole = fixtures.published("Run one", null, "<p>A quelby dorant fisk was seen.</p>", section);
        fixtures.published("Run two", null, "<p>The quelby dorant left. Then dorant fisk came.</p>", section);
        fixtures.published("Run three", null, "<p>Fisk dorant quelby.</p>", section);

        assertThat(fixtures.readerFinds("\"quelby dorant fisk\"")).containsExactly(whole);
    }

    @Test
    void aStopWordInsideThePhraseHoldsItsPlace() {
        long section = fixtures.section("Phrase Gaps", "phrase-gaps");
        long gapped = fixtures.published("Gap one", null, "<p>The state of the plomery is fine.</p>", section);
        fixtures.published("Gap two", null, "<p>The state plomery is fine.</p>", section);

        assertThat(fixtures.readerFinds("\"state of the plomery\"")).containsExactly(gapped);
    }
}
