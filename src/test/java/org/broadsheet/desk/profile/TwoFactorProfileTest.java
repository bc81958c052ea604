package org.broadsheet.desk.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Instant;
import java.util.EnumSet;
import org.broadsheet.base.SystemActor;
import org.broadsheet.desk.articles.ArticlesView;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.TwoFactorService;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** When the publication requires two-step login, an editor without it gets only as far as their profile. */
@BroadsheetTest
class TwoFactorProfileTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    TwoFactorService twoFactor;

    @AfterEach
    void ruleOff() {
        SystemActor.run(() -> twoFactor.requireForEditors(false));
    }

    @Test
    @WithMockUser(username = "rule-editor", roles = "EDITOR")
    void anEditorMustSetItUpBeforeWorkingAndAWrongCodeKeepsTheDialogOpen() throws Exception {
        SystemActor.run(() -> {
            accounts.create(new NewAccount(
                    "rule-editor",
                    "Rule Editor",
                    "rule-editor@example.org",
                    "a phrase that is long enough",
                    EnumSet.of(Role.EDITOR)));
            twoFactor.requireForEditors(true);
        });

        navigate("articles", ProfileView.class);
        ProfileView profile = (ProfileView) getCurrentView();
        assertThat(profile.twoFactor.state.getText()).contains("requires two-step login");
        assertThat(profile.twoFactor.turnOff.isVisible()).isFalse();

        test(profile.twoFactor.setUp).click();
        roundTrip();
        TwoFactorSetupDialog dialog = $(TwoFactorSetupDialog.class).single();
        String secret = dialog.manualKey.getText().replace(" ", "");

        test(dialog.code).setValue("000000".equals(code(secret)) ? "111111" : "000000");
        test(dialog.confirm).click();
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(twoFactor.myStatus().enabled()).isFalse();
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.code).setValue(code(secret));
        test(dialog.confirm).click();
        assertThat($(RecoveryCodesPanel.class).single().getElement().getTextRecursively())
                .contains("-");
        assertThat(twoFactor.myStatus().enabled()).isTrue();

        navigate(ArticlesView.class);
        assertThat(getCurrentView()).isInstanceOf(ArticlesView.class);
    }

    private static String code(String secret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                .generate(secret, Instant.now().getEpochSecond() / 30);
    }
}
