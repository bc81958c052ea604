package org.broadsheet.desk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleRevisions;
import org.broadsheet.content.service.EditableArticle;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.content.service.WorkingCopies;
import org.broadsheet.desk.articles.ArticlesView;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.TestPictures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The article editor as each role sees it: fields, messages, buttons, preview and revisions. */
@BroadsheetTest
class ArticleEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleEditor editor;

    @Autowired
    WorkingCopies workingCopies;

    @Autowired
    OpenEditors openEditors;

    @Autowired
    ApplicationContext context;

    @Autowired
    MediaService media;

    @Autowired
    ArticleRevisions revisions;

    @Autowired
    SectionService sections;

    @Autowired
    org.broadsheet.taxonomy.service.TagService tags;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aNewArticleExplainsWhatIsMissingAndKeepsTheText() {
        ArticleEditorView view = navigate("articles/new", ArticleEditorView.class);
        test(view.form.standfirst).setValue("A standfirst without a headline");
        test(view.workflow.button(Workflow.SAVE)).click();

        assertThat(view.form.title.isInvalid()).isTrue();
        assertThat(view.form.title.getErrorMessage()).isEqualTo("Write a headline");
        assertThat(view.form.section.isInvalid()).isTrue();
        assertThat(view.form.section.getErrorMessage()).isEqualTo("Choose a section");
        assertThat(view.form.standfirst.getValue()).isEqualTo("A standfirst without a headline");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void theSlugFollowsTheHeadlineAndShowsTheAddress() {
        ArticleEditorView view = navigate("articles/new", ArticleEditorView.class);
        test(view.form.title).setValue("Río Abajo floods again");
        test(view.form.section).selectItem("Americas › Bolivia");

        assertThat(view.form.slug.getValue()).isEqualTo("rio-abajo-floods-again");
        assertThat(view.form.slug.getHelperText()).isEqualTo("Address: /americas/bolivia/rio-abajo-floods-again");
        assertThat(view.preview.html()).contains("<h1>Río Abajo floods again</h1>");

        test(view.form.slug).setValue("Not A Slug!");
        test(view.workflow.button(Workflow.SAVE)).click();
        assertThat(view.form.slug.isInvalid()).isTrue();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void thePreviewShowsAChosenPictureAsTheSiteWill() {
        media.describe(
                media.upload("preview-picture.jpg", TestPictures.jpeg(1400, 800))
                        .id(),
                new MediaDetails("A bridge over the river", false, null, null, .5f, .5f));
        ArticleEditorView view = navigate("articles/new", ArticleEditorView.class);
        test(view.form.title).setValue("Preview with a picture");
        test(view.form.section).selectItem("Americas › Bolivia");
        test(view.form.picture.choose).click();
        // the library lists the newest first
        test($(Grid.class).last()).select(0);
        test($(Button.class).withText("Use this picture").single()).click();

        Element img = Jsoup.parse(view.preview.html()).selectFirst("figure.featured-image picture img");
        assertThat(img).as("the site's responsive picture, not a plain image").isNotNull();
        assertThat(img.attr("alt")).isEqualTo("A bridge over the river");
        assertThat(img.attr("srcset")).contains(" 320w", " 1280w");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void savingWritesARevisionThatThePanelLists() {
        ArticleEditorView view = navigate("articles/new", ArticleEditorView.class);
        test(view.form.title).setValue("Browserless save");
        test(view.form.section).selectItem("Americas › Bolivia");
        test(view.workflow.button(Workflow.SAVE)).click();

        assertThat(view.isDirty()).isFalse();
        assertThat(view.revisionsPanel.grid.getListDataView().getItemCount()).isEqualTo(1);
        assertThat(view.workflow.status.getText()).isEqualTo("Draft");
        assertThat(view.workflow.button(Workflow.PUBLISH).isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anEditorSetsAPublishedArticleToLeaveTheSiteAndAPastTimeIsMarkedAtItsField() {
        ArticleEditorView view = navigate("articles/new", ArticleEditorView.class);
        test(view.form.title).setValue("Browserless offer ends");
        test(view.form.section).selectItem("Americas › Bolivia");
        test(view.workflow.button(Workflow.PUBLISH)).click();
        assertThat(view.workflow.unpublishAt.isVisible()).isTrue();

        view.workflow.unpublishAt.setValue(java.time.LocalDateTime.now().minusDays(1));
        test(view.workflow.button(Workflow.EXPIRE)).click();
        assertThat(view.workflow.unpublishAt.isInvalid()).isTrue();
        assertThat(view.workflow.unpublishAt.getErrorMessage()).contains("future");

        view.workflow.unpublishAt.setValue(
                java.time.LocalDateTime.now().plusDays(2).withNano(0));
        test(view.workflow.button(Workflow.EXPIRE)).click();
        assertThat(view.workflow.status.getText()).startsWith("Published, leaves the site ");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anEditorPublishesACorrectionBesideThePublishedArticleAndAnEmptyOneIsRefused() {
        ArticleEditorView view = navigate("articles/new", ArticleEditorView.class);
        assertThat(view.correctionsPanel.publish.isVisible())
                .as("not on a draft")
                .isFalse();
        test(view.form.title).setValue("Browserless corrected story");
        test(view.form.section).selectItem("Americas › Bolivia");
        test(view.workflow.button(Workflow.PUBLISH)).click();
        $(com.vaadin.flow.component.tabs.TabSheet.class).single().setSelectedIndex(4);
        roundTrip();

        test(view.correctionsPanel.publish).click();
        assertThat(view.correctionsPanel.text.isInvalid()).isTrue();

        test(view.correctionsPanel.kind).selectItem("Update");
        test(view.correctionsPanel.text).setValue("Added the council's answer.");
        test(view.correctionsPanel.publish).click();
        assertThat(view.correctionsPanel.list.getElement().getTextRecursively())
                .contains("Update · ", "Added the council's answer.");
        assertThat(view.correctionsPanel.text.getValue()).isEmpty();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anEditorMakesAPreviewLinkSeesItOnceAndRevokesIt() {
        ArticleEditorView view = navigate("articles/new", ArticleEditorView.class);
        assertThat(view.sharePanel.create.isEnabled())
                .as("not before the first save")
                .isFalse();
        test(view.form.title).setValue("Browserless shared draft");
        test(view.form.section).selectItem("Americas › Bolivia");
        test(view.workflow.button(Workflow.SAVE)).click();
        $(com.vaadin.flow.component.tabs.TabSheet.class).single().setSelectedIndex(5);
        roundTrip();

        test(view.sharePanel.create).click();
        assertThat(view.sharePanel.address.isVisible()).isTrue();
        assertThat(view.sharePanel.address.getValue()).contains("/preview/");
        assertThat(test(view.sharePanel.links).size()).isEqualTo(1);
        test(test(view.sharePanel.links).getCellComponent(0, "revoke")).click();
        assertThat(test(view.sharePanel.links).getCellText(0, 1)).isEqualTo("no longer works");
        assertThat(view.sharePanel.address.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void theSearchAndSocialPreviewFollowsTheFieldsAndSaysWhatWillBeCut() {
        ArticleEditorView view = navigate("articles/new", ArticleEditorView.class);
        test(view.form.title).setValue("Water committees of El Alto take the utility to court over the winter cuts");
        test(view.form.section).selectItem("Americas › Bolivia");
        test(view.form.metaDescription).setValue("Neighbours sue over rationing.");
        test(view.form.socialTitle).setValue("El Alto sues its water utility");

        SearchAndSocialPreview shown = view.searchAndSocial;
        assertThat(shown.searchTitle.getText())
                .hasSizeLessThanOrEqualTo(SearchAndSocialPreview.SEARCH_TITLE_SHOWN)
                .startsWith("Water committees of El Alto")
                .endsWith("…");
        assertThat(shown.searchLengths.getText())
                .startsWith("Page title ")
                .contains("cut after 60")
                .contains("Description 30 of 160");
        assertThat(shown.searchDescription.getText()).isEqualTo("Neighbours sue over rationing.");
        assertThat(shown.cardTitle.getText()).isEqualTo("El Alto sues its water utility");
        assertThat(shown.searchAddress.getText())
                .endsWith(
                        "/americas/bolivia/water-committees-of-el-alto-take-the-utility-to-court-over-the-winter-cuts");
        assertThat(shown.cardLengths.getText()).contains("No picture");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anEditorSendsAReviewRequestBackWithANoteThatStaysBesideTheArticle() {
        EditableArticle inReview = SystemActor.call(() -> editor.create(
                Drafts.titled(
                        "Sent back from the desk",
                        sections.tree().byPath("americas/bolivia").orElseThrow().id()),
                Workflow.SUBMIT,
                null));
        ArticleEditorView view = navigate("articles/" + inReview.id(), ArticleEditorView.class);
        assertThat(view.workflow.button(Workflow.SEND_BACK).isVisible()).isTrue();

        test(view.workflow.button(Workflow.SEND_BACK)).click();
        SendBackDialog dialog = $(SendBackDialog.class).single();
        test(dialog.send).click();
        assertThat(dialog.note.isInvalid()).as("a note is needed").isTrue();
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.note).setValue("Add a source for the second figure.");
        test(dialog.send).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.workflow.status.getText()).isEqualTo("Draft");
        assertThat(view.workflow.button(Workflow.SEND_BACK).isVisible()).isFalse();
        assertThat(view.notesPanel.thread.getElement().getTextRecursively())
                .contains("sent it back")
                .contains("Add a source for the second figure.");

        $(com.vaadin.flow.component.tabs.TabSheet.class).single().setSelectedIndex(3);
        roundTrip();
        test(view.notesPanel.note).setValue("   ");
        test(view.notesPanel.add).click();
        assertThat(view.notesPanel.note.isInvalid()).isTrue();
        test(view.notesPanel.note).setValue("Source added by phone.");
        test(view.notesPanel.add).click();
        assertThat(view.notesPanel.thread.getElement().getTextRecursively()).contains("Source added by phone.");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void stoppingTheNodeAutosavesEveryOpenEditorAsItsEditor() {
        ArticleEditorView view = navigate("articles/new", ArticleEditorView.class);
        test(view.form.title).setValue("Typed just before the restart");
        assertThat(workingCopies.mine(null)).as("not autosaved yet").isEmpty();
        SecurityContext ana = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext(); // shutdown runs on a thread of its own, as nobody

        openEditors.keepEveryForm(new ContextClosedEvent(new GenericApplicationContext()));
        SecurityContextHolder.setContext(ana);
        assertThat(workingCopies.mine(null))
                .as("another context closing (the management port's)")
                .isEmpty();
        SecurityContextHolder.clearContext();

        openEditors.keepEveryForm(new ContextClosedEvent(context));

        SecurityContextHolder.setContext(ana);
        assertThat(workingCopies.mine(null))
                .hasValueSatisfying(text -> assertThat(text.title()).isEqualTo("Typed just before the restart"));
    }

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void authorsSeeNoPublishingButtonsAndCannotChangeOthersArticles() {
        ArticleEditorView mine = navigate("articles/new", ArticleEditorView.class);
        assertThat(mine.workflow.button(Workflow.SAVE).isVisible()).isTrue();
        assertThat(mine.workflow.button(Workflow.SUBMIT).isVisible()).isTrue();
        assertThat(mine.workflow.button(Workflow.PUBLISH).isVisible()).isFalse();
        assertThat(mine.workflow.button(Workflow.SCHEDULE).isVisible()).isFalse();
        assertThat(mine.workflow.scheduleAt.isVisible()).isFalse();

        long others = SystemActor.call(() -> draft("Someone else's story").id());
        ArticleEditorView theirs = navigate("articles/" + others, ArticleEditorView.class);
        assertThat(theirs.form.title.isReadOnly()).isTrue();
        assertThat(theirs.workflow.buttons.values()).noneMatch(b -> b.isVisible());
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anUnknownArticleLeadsBackToTheList() {
        ArticlesView list = navigate("articles/999999999", ArticlesView.class);
        assertThat(getCurrentView()).isSameAs(list);
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class)
                                .last())
                        .getText())
                .isEqualTo("There is no article 999999999");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aStaleSaveOpensTheConflictDialogAndKeepsTheForm() {
        EditableArticle article = SystemActor.call(() -> draft("Stale in the browserless desk"));
        ArticleEditorView view = navigate("articles/" + article.id(), ArticleEditorView.class);
        test(view.form.standfirst).setValue("Typed here");
        SystemActor.run(() -> editor.save(
                article.id(),
                article.version(),
                article.draft()
                        .withText(
                                article.draft().title(),
                                article.draft().slug(),
                                "Saved elsewhere",
                                article.draft().body()),
                Workflow.SAVE,
                null));
        runPendingSignalsTasks();
        assertThat(view.header.savedElsewhere.isVisible()).isTrue();
        test(view.workflow.button(Workflow.SAVE)).click();

        ConflictDialog dialog = $(ConflictDialog.class).single();
        assertThat(view.form.standfirst.getValue()).isEqualTo("Typed here");
        test(dialog.keepMine).click();
        assertThat(SystemActor.call(() -> editor.open(article.id())).draft().standfirst())
                .isEqualTo("Typed here");
        assertThat(SystemActor.call(() -> revisions.of(article.id()))).hasSize(3);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void publishingFromTheEditorShowsTheSiteLink() {
        EditableArticle article = SystemActor.call(() -> draft("Published from the browserless desk"));
        ArticleEditorView view = navigate("articles/" + article.id(), ArticleEditorView.class);
        test(view.workflow.button(Workflow.PUBLISH)).click();

        assertThat(SystemActor.call(() -> editor.open(article.id())).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(view.header.publicLink.isVisible()).isTrue();
        assertThat(view.header.publicLink.getHref()).isEqualTo("/americas/bolivia/published-from-the-browserless-desk");
        assertThat(view.workflow.button(Workflow.UNPUBLISH).isVisible()).isTrue();
        assertThat(view.workflow.button(Workflow.PUBLISH).isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aTagTypedByNameIsCreatedWhenTheArticleIsSavedNotWhenTyped() {
        EditableArticle article = SystemActor.call(() -> draft("Night buses return"));
        ArticleEditorView view = navigate("articles/" + article.id(), ArticleEditorView.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                view.form.tags,
                new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(
                        view.form.tags, true, "Late transport"));

        assertThat(view.form.tags.getValue()).extracting(t -> t.name()).containsExactly("Late transport");
        assertThat(view.isDirty()).isTrue();
        assertThat(tagNamed("Late transport")).as("typing creates no tag").isEmpty();

        test(view.workflow.button(Workflow.SAVE)).click();

        var created = tagNamed("Late transport");
        assertThat(created).hasSize(1);
        assertThat(SystemActor.call(() -> editor.open(article.id())).draft().tagIds())
                .containsExactly(created.getFirst().id());
        assertThat(view.isDirty()).isFalse();
    }

    private java.util.List<org.broadsheet.taxonomy.service.TagSummary> tagNamed(String name) {
        return SystemActor.call(() -> tags.list(name, org.springframework.data.domain.PageRequest.of(0, 5)))
                .getContent();
    }

    private EditableArticle draft(String title) {
        long bolivia = sections.tree().byPath("americas/bolivia").orElseThrow().id();
        return editor.create(Drafts.titled(title, bolivia), Workflow.SAVE, null);
    }
}
