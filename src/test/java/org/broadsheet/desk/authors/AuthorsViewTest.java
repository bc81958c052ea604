package org.broadsheet.desk.authors;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@BroadsheetTest
class AuthorsViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthorService authors;

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
        AuthorDialog dialog = new AuthorDialog(authors, tom, name -> {});
        dialog.open();
        roundTrip();
        test(dialog.photoUrl).setValue("http://insecure.example.org/tom.jpg");
        test(dialog.save).click();
        assertThat(dialog.photoUrl.isInvalid()).isTrue();
        assertThat(dialog.photoUrl.getErrorMessage()).isEqualTo("Use a picture on this site or an https address");
    }
}
