package org.broadsheet.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A phrase's pairs come from the index's own analysis, so they are the pairs the index holds. */
@BroadsheetTest
class PhrasePairsTest {

    @Autowired
    PhrasePairs phrasePairs;

    @Test
    void neighbouringWordsPairUpAnalysedAsTheIndexAnalysesThem() {
        assertThat(phrasePairs.of("School Budgets")).containsExactly("school budget");
        assertThat(phrasePairs.of("the water plan")).containsExactly("water plan");
        assertThat(phrasePairs.of("new water plan")).containsExactly("new water", "water plan");
        assertThat(phrasePairs.of("Potosí's mines")).containsExactly("potosi mine");
    }

    @Test
    void noPairsWhereTheWordsAreNotNeighbours() {
        assertThat(phrasePairs.of("state of the union")).isEmpty();
        assertThat(phrasePairs.of("the water")).isEmpty();
        assertThat(phrasePairs.of("")).isEmpty();
    }
}
