package org.broadsheet.desk.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.broadsheet.base.DomainException;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.FieldErrors;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.AccountChanges;
import org.broadsheet.people.service.AccountLimits;
import org.broadsheet.people.service.AccountRow;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.PasswordPolicy;
import org.broadsheet.people.service.TwoFactorService;
import org.broadsheet.people.service.UserAccountService;
import org.jspecify.annotations.Nullable;

/**
 * Creates an account, or edits one: name, email, roles, enabled; resets its password or its
 * two-step login; unlocks it.
 */
class AccountDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Display name");
    final EmailField email = new EmailField("Email");
    final PasswordField password = new PasswordField("Password");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Checkbox enabled = new Checkbox("May log in", true);
    final ComboBox<AuthorProfile> byline = new ComboBox<>("Byline profile");
    final Button save = new Button("Save");

    private final UserAccountService accounts;
    private final AuthorService authors;
    private final TwoFactorService twoFactor;
    private final @Nullable AccountRow existing;
    private final Runnable saved;

    AccountDialog(
            UserAccountService accounts,
            AuthorService authors,
            TwoFactorService twoFactor,
            @Nullable AccountRow existing,
            Runnable saved) {
        this.accounts = accounts;
        this.authors = authors;
        this.twoFactor = twoFactor;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(existing == null ? "New account" : "Account " + existing.username());
        username.setMaxLength(AccountLimits.USERNAME_MAX_LENGTH);
        username.setPattern(AccountLimits.USERNAME_PATTERN);
        username.setHelperText("Lower-case letters, digits, dots, hyphens, underscores");
        displayName.setMaxLength(AccountLimits.DISPLAY_NAME_MAX_LENGTH);
        email.setMaxLength(AccountLimits.EMAIL_MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not a common password");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> switch (role) {
            case AUTHOR -> "Author: writes own drafts";
            case EDITOR -> "Editor: edits and publishes everything";
            case ADMIN -> "Admin: also accounts, settings, audit";
        });
        FormLayout form = new FormLayout(username, displayName, email);
        if (existing == null) {
            form.add(password);
            roles.setValue(EnumSet.of(Role.AUTHOR));
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            email.setValue(existing.email());
            roles.setValue(existing.roles());
            enabled.setValue(existing.enabled());
            byline.setItems(authors.all());
            byline.setItemLabelGenerator(AuthorProfile::name);
            byline.setClearButtonVisible(true);
            byline.setHelperText("The author profile this person's articles are bylined with");
            authors.ofAccount(existing.id())
                    .ifPresent(mine -> byline.setValue(byline.getListDataView()
                            .getItems()
                            .filter(a -> a.id() == mine.id())
                            .findFirst()
                            .orElse(null)));
            form.add(byline);
        }
        form.add(roles, enabled);
        form.setColspan(roles, 2);
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        AccountRow account = existing;
        if (account != null) {
            Button reset = new Button("Reset password", e -> resetPassword(account));
            reset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(reset);
            if (account.locked()) {
                getFooter().addComponentAsFirst(new Button("Unlock", e -> unlock(account)));
            }
            if (account.twoFactorEnabled()) {
                Button resetTwoFactor = new Button("Turn off two-step login", e -> resetTwoFactor(account));
                resetTwoFactor.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                resetTwoFactor.setTooltipText("For someone who lost both their phone and their recovery codes");
                getFooter().addComponentAsFirst(resetTwoFactor);
            }
        }
    }

    private void save() {
        try {
            if (existing == null) {
                accounts.create(new NewAccount(
                        username.getValue(),
                        displayName.getValue(),
                        email.getValue(),
                        password.getValue(),
                        roles.getValue()));
            } else {
                accounts.update(
                        existing.id(),
                        new AccountChanges(
                                displayName.getValue(), email.getValue(), roles.getValue(), enabled.getValue()));
                authors.linkAccount(
                        existing.id(),
                        byline.getValue() == null ? null : byline.getValue().id());
            }
            saved.run();
            close();
        } catch (DomainException error) {
            FieldErrors.show(error, fields());
        }
    }

    private void resetPassword(AccountRow existing) {
        String oneTime = accounts.resetPassword(existing.id());
        Dialog shown = new Dialog();
        shown.setHeaderTitle("New password for " + existing.username());
        Paragraph value = new Paragraph(oneTime);
        value.addClassName("one-time-password");
        shown.add(
                new Paragraph("Give this password to its owner; it is shown only now and must be changed "
                        + "at the next login."),
                value);
        shown.getFooter().add(new Button("Done", e -> shown.close()));
        shown.open();
        saved.run();
        close();
    }

    private void resetTwoFactor(AccountRow existing) {
        twoFactor.resetFor(existing.id());
        DeskFeedback.done("Two-step login turned off for " + existing.username());
        saved.run();
        close();
    }

    private void unlock(AccountRow existing) {
        accounts.unlock(existing.id());
        saved.run();
        close();
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("email", email);
        fields.put("password", password);
        fields.put("roles", roles);
        fields.put("author", byline);
        return fields;
    }
}
