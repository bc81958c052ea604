package org.broadsheet.taxonomy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTreeTest {

    private final SectionTree tree = new SectionTree(List.of(
            new SectionSummary(1, "Americas", "americas", "americas", null, 1, null),
            new SectionSummary(2, "Bolivia", "bolivia", "americas/bolivia", 1L, 2, null),
            new SectionSummary(3, "La Paz", "la-paz", "americas/bolivia/la-paz", 2L, 3, null),
            new SectionSummary(4, "Venezuela", "venezuela", "americas/venezuela", 1L, 1, null),
            new SectionSummary(5, "Britain", "britain", "britain", null, 0, null)));

    @Test
    void trailRunsFromTheTopDown() {
        assertThat(tree.trail(3)).extracting(SectionSummary::name).containsExactly("Americas", "Bolivia", "La Paz");
    }

    @Test
    void descendantsIncludeEveryLevelBelowAndTheSectionItself() {
        assertThat(tree.selfAndDescendantIds(1)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(tree.selfAndDescendantIds(3)).containsExactly(3L);
        assertThat(tree.selfAndDescendantIds(99)).isEmpty();
    }

    @Test
    void siblingsAreOrderedByPosition() {
        assertThat(tree.roots()).extracting(SectionSummary::name).containsExactly("Britain", "Americas");
        assertThat(tree.children(1)).extracting(SectionSummary::name).containsExactly("Venezuela", "Bolivia");
        assertThat(tree.flattened()).extracting(SectionSummary::id).containsExactly(5L, 1L, 4L, 2L, 3L);
    }

    @Test
    void findsByPath() {
        assertThat(tree.byPath("americas/bolivia")).map(SectionSummary::id).contains(2L);
        assertThat(tree.byPath("americas/chile")).isEmpty();
        assertThat(tree.byId(3).orElseThrow().depth()).isEqualTo(2);
    }
}
