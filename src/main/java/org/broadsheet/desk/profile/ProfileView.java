package org.broadsheet.desk.profile;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.broadsheet.base.DomainException;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.people.service.AccountLimits;
import org.broadsheet.people.service.AccountRow;
import org.broadsheet.people.service.PasswordPolicy;
import org.broadsheet.people.service.TwoFactorService;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.site.service.SiteSettingsService;

/**
 * Everyone's own account: name, email, password, two-step login. Where a reset password must be
 * replaced, and a required two-step login set up, before anything else.
 */
@Route("profile")
@PageTitle("Your profile · Broadsheet desk")
@PermitAll
public class ProfileView extends Main {

    final TextField displayName = new TextField("Display name");
    final EmailField email = new EmailField("Email");
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("New password again");
    final Button saveProfile = new Button("Save profile");
    final Button changePassword = new Button("Change password");

    final TwoFactorSection twoFactor;

    private final UserAccountService accounts;

    ProfileView(UserAccountService accounts, TwoFactorService twoFactorService, SiteSettingsService settings) {
        this.accounts = accounts;
        addClassName("desk-view");
        AccountRow me = accounts.myAccount();
        add(new H2("Your profile"));
        if (me.mustChangePassword()) {
            Paragraph notice = new Paragraph("An admin reset your password. Choose your own before you continue.");
            notice.addClassName("must-change-password");
            add(notice);
        }
        displayName.setValue(me.displayName());
        displayName.setMaxLength(AccountLimits.DISPLAY_NAME_MAX_LENGTH);
        email.setValue(me.email());
        email.setMaxLength(AccountLimits.EMAIL_MAX_LENGTH);
        saveProfile.addClickListener(e -> saveProfile());
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not a common password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> changePassword());
        FormLayout profile = new FormLayout(displayName, email);
        FormLayout password = new FormLayout(currentPassword, newPassword, repeatPassword);
        twoFactor = new TwoFactorSection(twoFactorService, settings.identity().siteName());
        add(new H3("Name and email"), profile, saveProfile, new H3("Password"), password, changePassword, twoFactor);
    }

    private void saveProfile() {
        try {
            accounts.updateMyProfile(displayName.getValue(), email.getValue());
            DeskFeedback.done("Profile saved");
        } catch (DomainException error) {
            FieldErrors.show(error, Map.of("displayName", displayName, "email", email));
        }
    }

    private void changePassword() {
        Map<String, HasValidation> fields =
                Map.of("currentPassword", currentPassword, "password", newPassword, "repeat", repeatPassword);
        try {
            if (!newPassword.getValue().equals(repeatPassword.getValue())) {
                throw new DomainException.ValidationFailed("repeat", "The two new passwords differ");
            }
            accounts.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            fields.values().forEach(f -> f.setInvalid(false));
            DeskFeedback.done("Password changed");
        } catch (DomainException error) {
            FieldErrors.show(error, fields);
        }
    }
}
