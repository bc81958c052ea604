package org.broadsheet.desk.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.StaticPageEditor;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An editor lists the pages, writes a new one and sees it previewed, and a refused save keeps the text. */
@BroadsheetTest
class PagesViewTest extends SpringBrowserlessTest {

    @Autowired
    StaticPageEditor pages;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anEditorWritesANewPageWithItsAddressFromTheTitleAndPublishesIt() {
        PagesView list = navigate(PagesView.class);
        assertThat(test(list.grid).size())
                .as("the seeded About and Cookie policy")
                .isGreaterThanOrEqualTo(2);

        PageEditorView editor = navigate("pages/new", PageEditorView.class);
        test(editor.title).setValue("Contact the newsroom");
        assertThat(editor.slug.getValue()).isEqualTo("contact-the-newsroom");
        editor.body.setValue("<p>Write to tips@example.org.</p>");
        assertThat(editor.preview.getElement().getAttribute("srcdoc")).contains("Write to tips@example.org.");

        test(editor.publish).click();
        assertThat(editor.status.getText()).isEqualTo("Published");
        assertThat(SystemActor.call(() -> pages.list()))
                .anySatisfy(row -> assertThat(row.url()).isEqualTo("/page/contact-the-newsroom"));
        assertThat(test(editor.revisions).size()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aPageTakingAnotherPagesAddressIsRefusedAtTheAddressAndKeepsTheText() {
        PageEditorView editor = navigate("pages/new", PageEditorView.class);
        test(editor.title).setValue("Our cookies, explained");
        test(editor.slug).setValue("cookie-policy");
        editor.body.setValue("<p>Text the editor typed.</p>");
        test(editor.save).click();

        assertThat(editor.slug.isInvalid()).isTrue();
        assertThat(editor.slug.getErrorMessage()).contains("Another page");
        assertThat(editor.title.getValue()).isEqualTo("Our cookies, explained");
        assertThat(editor.body.getValue()).contains("Text the editor typed.");
        assertThat(editor.isDirty()).isTrue();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anExistingPageOpensWithItsWordsInTheFormAndThePreview() {
        long about = SystemActor.call(() -> pages.list().stream()
                .filter(row -> row.url().equals("/page/about"))
                .findFirst()
                .orElseThrow()
                .id());
        PageEditorView editor = navigate("pages/" + about, PageEditorView.class);
        assertThat(editor.title.getValue()).isEqualTo("About us");
        assertThat(editor.slug.getValue()).isEqualTo("about");
        assertThat(editor.preview.getElement().getAttribute("srcdoc")).contains("small, independent newsroom");
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.unpublish.isVisible()).isTrue();
    }
}
