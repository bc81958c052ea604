package org.broadsheet.desk.authors;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaLimits;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.TestPictures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@BroadsheetTest
class AuthorsViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthorService authors;

    @Autowired
    MediaService media;

    @Autowired
    MediaLimits limits;

    @Autowired
    SiteSettingsService settings;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void everyBylineProfileIsListedAndAWrongPhotoAddressIsRefusedAtTheField() {
        AuthorsView view = navigate(AuthorsView.class);
        assertThat(view.grid.getListDataView().getItems().map(AuthorProfile::name))
                .contains("Ana Quispe", "Tom Reyes", "Mariam Haddad");

        AuthorProfile tom = view.grid
                .getListDataView()
                .getItems()
                .filter(a -> a.name().equals("Tom Reyes"))
                .findFirst()
                .orElseThrow();
        AuthorDialog dialog = new AuthorDialog(authors, library(), tom, name -> {});
        dialog.open();
        roundTrip();
        test(dialog.photoUrl).setValue("http://insecure.example.org/tom.jpg");
        test(dialog.save).click();
        assertThat(dialog.photoUrl.isInvalid()).isTrue();
        assertThat(dialog.photoUrl.getErrorMessage()).isEqualTo("Use a picture on this site or an https address");
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aNewAuthorKeepsTheLibraryPhotoChosenForIt() {
        MediaView portrait = media.upload("new-author.jpg", TestPictures.jpeg(600, 600));
        media.describe(portrait.id(), new MediaDetails("A portrait", false, null, null, 0.5f, 0.5f));
        AuthorsView view = navigate(AuthorsView.class);
        test(view.create).click();
        AuthorDialog dialog = $(AuthorDialog.class).single();
        test(dialog.name).setValue("Lucía Mamani");
        test(dialog.fromLibrary).click();
        // the library lists the newest first
        test($(Grid.class).last()).select(0);
        test($(Button.class).withText("Use this picture").single()).click();
        assertThat(dialog.photoUrl.getValue()).startsWith("/media/" + portrait.id() + "/");
        test(dialog.save).click();

        assertThat(authors.findBySlug("lucia-mamani").orElseThrow().photoUrl())
                .as("a new author's photo is kept, not only an edited one's")
                .isEqualTo(dialog.photoUrl.getValue());
    }

    private PictureLibrary library() {
        return new PictureLibrary(media, limits, settings);
    }
}
