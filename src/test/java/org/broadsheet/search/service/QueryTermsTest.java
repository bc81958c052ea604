package org.broadsheet.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A query's terms and pairs come from the index's own analysis, so they are what the index holds. */
@BroadsheetTest
class QueryTermsTest {

    @Autowired
    QueryTerms queryTerms;

    @Test
    void termsAreTheIndexsOwnOncePerTerm() {
        assertThat(queryTerms.terms("The Cities' water, cities and Potosí"))
                .contains(List.of("citi", "water", "potosi"));
        assertThat(queryTerms.terms("the of and")).contains(List.of());
    }

    @Test
    void neighbouringWordsPairUpAnalysedAsTheIndexAnalysesThem() {
        assertThat(queryTerms.phrasePairs("School Budgets")).containsExactly("school budget");
        assertThat(queryTerms.phrasePairs("the water plan")).containsExactly("water plan");
        assertThat(queryTerms.phrasePairs("new water plan")).containsExactly("new water", "water plan");
        assertThat(queryTerms.phrasePairs("Potosí's mines")).containsExactly("potosi mine");
    }

    @Test
    void noPairsWhereTheWordsAreNotNeighbours() {
        assertThat(queryTerms.phrasePairs("state of the union")).isEmpty();
        assertThat(queryTerms.phrasePairs("the water")).isEmpty();
        assertThat(queryTerms.phrasePairs("")).isEmpty();
    }
}
