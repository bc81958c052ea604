package org.broadsheet.desk.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.content.service.DeskFilter;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every demo article's body comes back byte for byte through the editor's footnote conversion (the
 * browser test checks the same through the editor itself).
 */
@BroadsheetTest
class DemoBodiesRoundTripTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Test
    @WithMockUser(roles = "EDITOR")
    void everyDemoBodySurvivesTheEditorsConversion() {
        int withFootnotes = 0;
        for (DeskArticleRow row :
                articles.deskList(DeskFilter.NONE, PageRequest.of(0, 200)).getContent()) {
            String stored = editor.open(row.id()).draft().body();
            withFootnotes += stored.contains("footnote-ref") ? 1 : 0;
            assertThat(FootnoteMarkup.toStored(FootnoteMarkup.toEditor(stored)))
                    .as(row.title())
                    .isEqualTo(stored);
        }
        assertThat(withFootnotes).isPositive();
    }
}
