package org.broadsheet.desk.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.TestPictures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The library: pictures listed and found, described through the panel, refusals shown next to the field. */
@BroadsheetTest
class MediaLibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    MediaService media;

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void anAuthorFindsAPictureAndDescribesIt() {
        MediaView picture = media.upload("harbour-at-dawn.jpg", TestPictures.jpeg(800, 500));
        MediaLibraryView library = navigate(MediaLibraryView.class);

        test(library.grid.search).setValue("harbour-at-dawn");
        assertThat(test(library.grid).size()).isEqualTo(1);
        test(library.grid).select(0);
        MediaDetailsPanel panel = $(MediaDetailsPanel.class).single();
        test(panel.description).setValue("Fishing boats leave the harbour at dawn");
        test(panel.credit).setValue("Broadsheet");
        test(panel.save).click();

        assertThat(media.find(picture.id()).orElseThrow())
                .satisfies(
                        saved -> assertThat(saved.description()).isEqualTo("Fishing boats leave the harbour at dawn"))
                .satisfies(saved -> assertThat(saved.credit()).isEqualTo("Broadsheet"))
                .satisfies(saved -> assertThat(saved.described()).isTrue());
        test(library.grid.search).setValue("boats leave");
        assertThat(test(library.grid).size()).as("found by its description").isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "ana", roles = "AUTHOR")
    void anAuthorCannotDeleteSomeoneElsesPictureAndIsToldWhy() throws Exception {
        MediaView toms = org.broadsheet.testsupport.Acting.as(
                "tom", "AUTHOR", () -> media.upload("toms-only.png", TestPictures.png(400, 300, false)));
        MediaLibraryView library = navigate(MediaLibraryView.class);
        test(library.grid.search).setValue("toms-only");
        test(library.grid).select(0);
        test($(MediaDetailsPanel.class).single().delete).click();
        assertThat(media.find(toms.id())).isPresent();
        assertThat($(com.vaadin.flow.component.notification.Notification.class)
                        .last()
                        .getElement()
                        .getProperty("text"))
                .contains("Only editors");
    }

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void aNewFileReplacesThePictureAndTheListSaysWhereItIsUsed() {
        MediaView picture = media.upload("to-be-replaced.jpg", TestPictures.jpeg(800, 500));
        MediaLibraryView library = navigate(MediaLibraryView.class);
        test(library.grid.search).setValue("to-be-replaced");
        test(library.grid).select(0);
        MediaDetailsPanel panel = $(MediaDetailsPanel.class).single();
        assertThat(panel.usedIn.getElement().getTextRecursively()).contains("Not used anywhere");

        test(panel.replace.upload).upload("sharper.png", "image/png", TestPictures.png(1200, 900, false));
        roundTrip();

        MediaView replaced = media.find(picture.id()).orElseThrow();
        assertThat(replaced.fileName()).isEqualTo("sharper.png");
        assertThat(replaced.width()).isEqualTo(1200);
        assertThat(panel.preview.getSrc())
                .startsWith("/media/" + picture.id() + "/")
                .endsWith(".webp");
        assertThat(replaced.variants().stream().map(MediaView.Variant::webp)).contains(panel.preview.getSrc());

        test(panel.replace.upload).upload("notes.txt", "image/png", "not a picture".getBytes());
        roundTrip();
        assertThat(media.find(picture.id()).orElseThrow().fileName())
                .as("a refused file changes nothing")
                .isEqualTo("sharper.png");
    }
}
