package org.broadsheet.desk.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.EnumSet;
import org.broadsheet.base.SystemActor;
import org.broadsheet.desk.articles.ArticlesView;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** After an admin's reset, the owner must choose a new password before the desk lets them go anywhere. */
@BroadsheetTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;

    @Test
    @WithMockUser(username = "reset-reporter", roles = "AUTHOR")
    void aResetPasswordMustBeReplacedBeforeAnythingElse() {
        String oneTime = SystemActor.call(() -> {
            long id = accounts.create(new NewAccount(
                    "reset-reporter",
                    "Reset Reporter",
                    "reset@example.org",
                    "first long phrase of mine",
                    EnumSet.of(Role.AUTHOR)));
            return accounts.resetPassword(id);
        });

        navigate("articles", ProfileView.class);
        ProfileView profile = (ProfileView) getCurrentView();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .withClassName("must-change-password")
                        .all())
                .hasSize(1);

        test(profile.currentPassword).setValue("not the one");
        test(profile.newPassword).setValue("my very own new phrase");
        test(profile.repeatPassword).setValue("my very own new phrase");
        test(profile.changePassword).click();
        assertThat(profile.currentPassword.isInvalid()).isTrue();
        assertThat(profile.newPassword.getValue()).as("nothing typed is lost").isEqualTo("my very own new phrase");

        test(profile.currentPassword).setValue(oneTime);
        test(profile.changePassword).click();
        assertThat(profile.currentPassword.isInvalid()).isFalse();
        assertThat(accounts.mustChangePassword()).isFalse();

        navigate(ArticlesView.class);
        assertThat(getCurrentView()).isInstanceOf(ArticlesView.class);
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void mismatchedNewPasswordsAreShownAtTheSecondField() {
        ProfileView profile = navigate(ProfileView.class);
        test(profile.currentPassword).setValue("whatever it is");
        test(profile.newPassword).setValue("one long new phrase");
        test(profile.repeatPassword).setValue("another long phrase");
        test(profile.changePassword).click();
        assertThat(profile.repeatPassword.isInvalid()).isTrue();
        assertThat(profile.repeatPassword.getErrorMessage()).contains("differ");
    }
}
