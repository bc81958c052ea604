package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.broadsheet.content.service.TextSimilarity;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Texts are compared as the index reads them: stems meet, accents fold, stop words do not count. */
@BroadsheetTest
class AnalyzedTextSimilarityTest {

    @Autowired
    TextSimilarity similarity;

    @Test
    void sharedWordsCountOnceEachAsTheIndexAnalysesThem() {
        Map<Long, Float> scores = similarity.scores(
                "The cities of Potosí and their mines",
                Map.of(
                        1L, "A city in Potosi digs new mines",
                        2L, "The and of their",
                        3L, "Mine, mines and mining"));
        assertThat(scores).containsEntry(1L, 3f); // citi, potosi, mine
        assertThat(scores).containsEntry(2L, 0f); // stop words only
        assertThat(scores).containsEntry(3L, 1f); // mine (mining stems to "mine" too)
    }
}
