package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.broadsheet.content.domain.Article;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@BroadsheetTest
class EntitiesByIdsTest {

    @Autowired
    EntitiesByIds byIds;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void readsTheEntitiesThatExistOnceEach() {
        List<Long> ids = jdbc.queryForList("select id from article order by id fetch first 3 rows only", Long.class);
        long missing = jdbc.queryForObject("select max(id) + 1000 from article", Long.class);

        List<Long> read = transactions.execute(status ->
                byIds.read(Article.class, List.of(ids.get(2), missing, ids.get(0), ids.get(1), ids.get(0))).stream()
                        .map(Article::requireId)
                        .toList());

        assertThat(read).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void readsNothingForNoIds() {
        List<Article> read = transactions.execute(status -> byIds.read(Article.class, List.<Long>of()));
        assertThat(read).isEmpty();
    }
}
