package org.broadsheet.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@BroadsheetTest
@WithMockUser(username = "ana", roles = "EDITOR")
class InternalLinksTest {

    @Autowired
    InternalLinks links;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleService articles;

    @Autowired
    SectionService sections;

    @Test
    void aLinkToAPublishedArticlePointsAtItsCurrentAddress() {
        long id = articles.findPublished("americas/bolivia/la-paz", "a-market-that-never-closes")
                .orElseThrow()
                .id();
        String html = "<p>See <a href=\"/old/address\" data-article=\"" + id + "\">the market</a>.</p>";
        assertThat(links.resolve(html))
                .isEqualTo("<p>See <a href=\"/americas/bolivia/la-paz/a-market-that-never-closes\" " + "data-article=\""
                        + id + "\">the market</a>.</p>");
    }

    @Test
    void aLinkToAnArticleReadersCannotSeeIsJustText() {
        long draft = editor.create(
                        Drafts.titled(
                                "Not out yet",
                                sections.tree().byPath("americas").orElseThrow().id()),
                        Workflow.SAVE,
                        null)
                .id();
        String html = "<p>See <a href=\"/americas/not-out-yet\" data-article=\"" + draft + "\">the draft</a> and "
                + "<a href=\"/x\" data-article=\"987654321\">a deleted one</a>.</p>";
        assertThat(links.resolve(html)).isEqualTo("<p>See the draft and a deleted one.</p>");
        assertThat(articles.addressOf(draft)).contains("/americas/not-out-yet");
    }
}
