package org.broadsheet.desk.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.content.service.DeskFilter;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@BroadsheetTest
class OverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleEditor editor;

    @Autowired
    AuthorService authors;

    @Autowired
    SectionService sections;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void theReviewQueueAndMyDraftsListTheirArticlesAndFollowNewOnes() {
        OverviewView view = navigate(OverviewView.class);
        List<String> inReview = articles
                .deskList(new DeskFilter(ArticleStatus.IN_REVIEW, null, null, null), PageRequest.of(0, 6))
                .getContent()
                .stream()
                .map(DeskArticleRow::title)
                .toList();
        assertThat(inReview).isNotEmpty();
        assertThat(view.reviewQueue.getElement().getTextRecursively()).contains(inReview);
        assertThat(view.counts.getChildren()).hasSize(ArticleStatus.values().length);

        long ana = authors.ofCurrentUser().orElseThrow().id();
        long bolivia = sections.tree().byPath("americas/bolivia").orElseThrow().id();
        SystemActor.run(() -> editor.create(
                Drafts.of(
                        "A draft that appears live",
                        "a-draft-that-appears-live",
                        null,
                        "",
                        bolivia,
                        List.of(ana),
                        Set.of()),
                Workflow.SAVE,
                null));
        runPendingSignalsTasks();
        assertThat(view.myDrafts.getElement().getTextRecursively()).contains("A draft that appears live");
    }

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void anAuthorSeesWhatCameBackAndWhyEvenWhenTheEditorsChangeRefreshesTheOverview() throws Exception {
        OverviewView view = navigate(OverviewView.class);
        long bolivia = sections.tree().byPath("americas/bolivia").orElseThrow().id();
        var blank = editor.blank();
        var mine = Drafts.of(
                "Came back with a note",
                "came-back-with-a-note",
                null,
                "<p>Text.</p>",
                bolivia,
                blank.authorIds(),
                Set.of());
        var created = editor.create(mine, Workflow.SAVE, null);
        var submitted = editor.save(created.id(), created.version(), mine, Workflow.SUBMIT, null);
        Acting.as(
                "ana",
                "EDITOR",
                () -> editor.sendBack(
                        submitted.id(), submitted.version(), submitted.draft(), "Say who measured the ice."));

        // the send back refreshed tom's open overview on ana's thread, as signals do
        runPendingSignalsTasks();

        assertThat(view.sentBack.isVisible()).isTrue();
        assertThat(view.sentBack.getElement().getTextRecursively())
                .contains("Came back with a note", "Say who measured the ice.", "Ana Quispe");
    }
}
