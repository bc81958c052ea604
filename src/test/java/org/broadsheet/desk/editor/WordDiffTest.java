package org.broadsheet.desk.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksOnlyTheWordsThatChanged() {
        WordDiff.Sides sides = WordDiff.compare("The mayor said no.", "The mayor finally said yes.");
        assertThat(sides.older())
                .extracting(WordDiff.Part::kind, WordDiff.Part::text)
                .containsExactly(tuple(WordDiff.Kind.SAME, "The mayor said "), tuple(WordDiff.Kind.REMOVED, "no."));
        assertThat(String.join(
                        "", sides.newer().stream().map(WordDiff.Part::text).toList()))
                .isEqualTo("The mayor finally said yes.");
        assertThat(sides.newer())
                .filteredOn(p -> p.kind() == WordDiff.Kind.ADDED)
                .extracting(WordDiff.Part::text)
                .containsExactly("finally ", "yes.");
    }

    @Test
    void identicalTextsHaveNoChanges() {
        assertThat(WordDiff.compare("Same words", "Same words").identical()).isTrue();
        assertThat(WordDiff.compare("Same words", "Other words").identical()).isFalse();
    }

    @Test
    void readableTextLeavesMarkupOutAndKeepsParagraphs() {
        assertThat(WordDiff.readable("Headline", "Standfirst", "<p>One <b>bold</b> line.</p><p>Two.</p>"))
                .isEqualTo("Headline\nStandfirst\nOne bold line.\nTwo.\n");
    }
}
