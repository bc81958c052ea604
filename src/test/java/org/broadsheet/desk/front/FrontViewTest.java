package org.broadsheet.desk.front;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.content.service.EditableArticle;
import org.broadsheet.content.service.FrontService;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An editor arranges the home page's front and a section's lead in the desk. */
@BroadsheetTest
class FrontViewTest extends SpringBrowserlessTest {

    @Autowired
    FrontService fronts;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @AfterEach
    void latestArticlesLeadAgain() {
        SystemActor.run(() -> {
            fronts.publish(null, fronts.open(null).version(), List.of());
            long bolivia =
                    sections.tree().byPath("americas/bolivia").orElseThrow().id();
            fronts.publish(bolivia, fronts.open(bolivia).version(), List.of());
        });
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anEditorFindsAStoryMovesItIntoTheLeadGivesItAFrontHeadlineAndPublishes() {
        long first = published("Quinoa prices at the Rodriguez market");
        long second = published("Night buses return to El Alto");
        FrontView view = navigate(FrontView.class);

        addByHeadline(view, "quinoa prices");
        addByHeadline(view, "night buses");
        assertThat(test(view.places).size()).isEqualTo(2);
        assertThat(test(view.places).getCellText(0, 0)).isEqualTo("Lead");

        test(actions(view, 1).get(0)).click(); // up: the night buses lead
        assertThat(test(view.places).getRow(0).pick().articleId()).isEqualTo(second);
        test(actions(view, 0).get(2)).click();
        FrontPlaceDialog dialog = $(FrontPlaceDialog.class).single();
        test(dialog.headline).setValue("Night buses are back");
        test(dialog.save).click();

        assertThat(view.preview.html())
                .as("the preview shows the front before it is published")
                .contains("Night buses are back");
        assertThat(SystemActor.call(() -> fronts.home(3)))
                .as("nothing reaches readers before Publish")
                .extracting(ArticleTeaser::title)
                .doesNotContain("Night buses are back");

        test(view.publish).click();

        List<ArticleTeaser> home = SystemActor.call(() -> fronts.home(3));
        assertThat(home.get(0).id()).isEqualTo(second);
        assertThat(home.get(0).title()).isEqualTo("Night buses are back");
        assertThat(home.get(1).id()).isEqualTo(first);
        assertThat(view.status.getText()).startsWith("Last changed by ana");
        assertThat(view.discard.isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aRefusedPublishKeepsTheArrangementOnScreenWithItsReason() {
        long story = published("A story withdrawn while being placed");
        FrontView view = navigate(FrontView.class);
        addByHeadline(view, "withdrawn while being placed");

        SystemActor.call(() -> {
            EditableArticle article = editor.open(story);
            return editor.save(story, article.version(), article.draft(), Workflow.UNPUBLISH, null);
        });
        test(view.publish).click();

        assertThat(view.find.isInvalid()).isTrue();
        assertThat(view.find.getErrorMessage()).contains("is not published");
        assertThat(test(view.places).size())
                .as("the arrangement is still there")
                .isEqualTo(1);
        assertThat(view.discard.isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aSectionTakesOneLeadFromItsOwnStories() {
        long lead = published("Bolivia's own lead story");
        FrontView view = navigate(FrontView.class);
        test(view.front).selectItem("Americas › Bolivia");

        addByHeadline(view, "own lead story");
        assertThat(view.add.isEnabled()).as("a section front has one place").isFalse();
        test(view.publish).click();

        long bolivia = SystemActor.call(
                () -> sections.tree().byPath("americas/bolivia").orElseThrow().id());
        assertThat(SystemActor.call(() -> fronts.sectionLead(bolivia)))
                .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(lead));
        assertThat(view.preview.html()).contains("Bolivia's own lead story");
    }

    private void addByHeadline(FrontView view, String words) {
        test(view.find).setFilter(words);
        view.find.setValue(test(view.find).getSuggestionItems().getFirst());
        test(view.add).click();
    }

    private List<Button> actions(FrontView view, int row) {
        return test(view.places)
                .getCellComponent(row, "actions")
                .getChildren()
                .map(Button.class::cast)
                .toList();
    }

    private long published(String title) {
        return SystemActor.call(() -> editor.create(
                        Drafts.titled(
                                title,
                                sections.tree()
                                        .byPath("americas/bolivia")
                                        .orElseThrow()
                                        .id()),
                        Workflow.PUBLISH,
                        null)
                .id());
    }
}
