package org.broadsheet.desk.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaLimits;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.TestPictures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The body field's states and its dialogs' checks, without a browser (the element's side is played here). */
@BroadsheetTest
@WithMockUser(username = "ana", roles = "EDITOR")
class ArticleBodyFieldTest extends SpringBrowserlessTest {

    private static final String STORED =
            "<p>Claim<sup id=\"fnref-1\" class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup></p>"
                    + "<section class=\"footnotes\"><ol><li id=\"fn-1\">Source. <a href=\"#fnref-1\" aria-label=\"Back to the text\">↩</a></li></ol></section>";

    @Autowired
    ArticleService articles;

    @Autowired
    MediaService media;

    @Autowired
    MediaLimits mediaLimits;

    @Autowired
    SiteSettingsService settings;

    private PictureLibrary library() {
        return new PictureLibrary(media, mediaLimits, settings);
    }

    @Test
    void aPictureFromTheLibraryFillsTheImageDialogWithItsAddressAndWords() {
        MediaView picture = media.describe(
                media.upload("market-stall.jpg", TestPictures.jpeg(700, 500)).id(),
                new MediaDetails("Oranges piled on a market stall", false, "Morning market", "Photo: Ana", .5f, .5f));
        ImageDialog dialog = new ImageDialog(new BodyEditor(), request(), library());
        dialog.open();
        roundTrip();
        test(dialog.fromLibrary).click();
        // the library lists the newest first
        test($(Grid.class).last()).select(0);
        test($(Button.class).withText("Use this picture").single()).click();

        assertThat(dialog.address.getValue()).isEqualTo(picture.largest().fallback());
        assertThat(dialog.alt.getValue()).isEqualTo("Oranges piled on a market stall");
        assertThat(dialog.caption.getValue()).isEqualTo("Morning market");
        assertThat(dialog.credit.getValue()).isEqualTo("Photo: Ana");
        assertThat(dialog.applied()).isTrue();
    }

    @Test
    void requiredInvalidAndReadOnlyReachTheElement() {
        ArticleBodyField field = new ArticleBodyField(articles, library());
        field.setRequiredIndicatorVisible(true);
        field.setInvalid(true);
        field.setErrorMessage("Write the story");
        field.setReadOnly(true);
        var element = field.editor().getElement();
        assertThat(element.hasAttribute("required")).isTrue();
        assertThat(element.hasAttribute("invalid")).isTrue();
        assertThat(element.hasAttribute("readonly")).isTrue();
        assertThat(field.getLabel()).isEqualTo("Body");
        assertThat(field.getErrorMessage()).isEqualTo("Write the story");
        field.setInvalid(false);
        field.setReadOnly(false);
        assertThat(element.hasAttribute("invalid")).isFalse();
        assertThat(element.hasAttribute("readonly")).isFalse();
    }

    @Test
    void theEditorGetsFootnotesOnTheirMarkersAndAnEditComesBackInTheStoredForm() {
        ArticleBodyField field = new ArticleBodyField(articles, library());
        field.setValue(STORED);
        assertThat(field.editor().getValue())
                .isEqualTo("<p>Claim<sup class=\"footnote\" data-note=\"Source.\"></sup></p>");
        assertThat(field.getValue()).isEqualTo(STORED);

        field.editor()
                .setValue("<p>Claim<sup class=\"footnote\" data-note=\"Source.\"></sup> and more"
                        + "<sup class=\"footnote\" data-note=\"Another.\"></sup></p>");
        assertThat(field.getValue()).contains("<li id=\"fn-2\">Another. ").contains("href=\"#fn-1\"");
    }

    @Test
    void aLinkNeedsAnAddressWithAHostOrAnArticle() {
        LinkDialog dialog = new LinkDialog(new BodyEditor(), request(), articles);
        dialog.address.setValue("example.org/report");
        assertThat(dialog.applied()).isFalse();
        assertThat(dialog.address.isInvalid()).isTrue();
        assertThat(dialog.address.getValue()).isEqualTo("example.org/report");
        dialog.address.setValue("https://example.org/report");
        assertThat(dialog.applied()).isTrue();
        assertThat(dialog.address.isInvalid()).isFalse();

        dialog.kind.setValue(LinkDialog.ARTICLE);
        assertThat(dialog.applied()).isFalse();
        assertThat(dialog.article.getErrorMessage()).isEqualTo("Choose an article");
    }

    @Test
    void webAddressesNeedAHostAndOnlyKnownSchemesPass() {
        assertThat(LinkDialog.isLinkable("https://example.org/a?b=c")).isTrue();
        assertThat(LinkDialog.isLinkable("mailto:desk@example.org")).isTrue();
        assertThat(LinkDialog.isLinkable("/americas/bolivia")).isTrue();
        assertThat(LinkDialog.isLinkable("https://")).isFalse();
        assertThat(LinkDialog.isLinkable("javascript:alert(1)")).isFalse();
        assertThat(LinkDialog.isLinkable("//evil.example/x")).isFalse();
        assertThat(LinkDialog.isLinkable("mailto:nobody")).isFalse();
    }

    @Test
    void anImageNeedsADescriptionUnlessMarkedDecorative() {
        ImageDialog dialog = new ImageDialog(new BodyEditor(), request(), library());
        dialog.address.setValue("https://example.org/gondola.jpg");
        assertThat(dialog.applied()).isFalse();
        assertThat(dialog.alt.isInvalid()).isTrue();
        dialog.decorative.setValue(true);
        assertThat(dialog.applied()).isTrue();

        ImageDialog local = new ImageDialog(new BodyEditor(), request(), library());
        local.address.setValue("file:///C:/photo.jpg");
        local.alt.setValue("A photo");
        assertThat(local.applied()).isFalse();
        assertThat(local.address.isInvalid()).isTrue();
    }

    @Test
    void anEmbedNeedsAnAddressFromAKnownSite() {
        EmbedDialog dialog = new EmbedDialog(new BodyEditor(), request());
        dialog.address.setValue("https://example.org/video/1");
        assertThat(dialog.applied()).isFalse();
        assertThat(dialog.address.getErrorMessage()).contains("YouTube");
        dialog.address.setValue("https://vimeo.com/76979871");
        assertThat(dialog.applied()).isTrue();
    }

    @Test
    void editingAnImageStartsFromItsAttributes() {
        ObjectNode detail = JsonMapper.builder().build().createObjectNode();
        detail.put("src", "/media/7/1200").put("alt", "").put("caption", "Dusk").put("credit", "Photo: Ana");
        ImageDialog dialog = new ImageDialog(new BodyEditor(), new BodyEditor.Request(detail), library());
        assertThat(dialog.getHeaderTitle()).isEqualTo("Edit image");
        assertThat(dialog.decorative.getValue()).isTrue();
        assertThat(dialog.alt.isEnabled()).isFalse();
        assertThat(dialog.credit.getValue()).isEqualTo("Photo: Ana");
    }

    private static BodyEditor.Request request() {
        return new BodyEditor.Request(JsonMapper.builder().build().createObjectNode());
    }
}
