package org.broadsheet.desk.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import java.util.function.Consumer;
import org.broadsheet.base.DomainException;
import org.broadsheet.desk.FieldErrors;

/** Asks for the current password before a change to one's own login; a refusal shows on the field. */
class PasswordConfirmDialog extends Dialog {

    final PasswordField currentPassword = new PasswordField("Current password");
    final Button confirm;

    PasswordConfirmDialog(String title, String actionLabel, Consumer<String> action) {
        setHeaderTitle(title);
        currentPassword.setWidthFull();
        currentPassword.setAutofocus(true);
        confirm = new Button(actionLabel, e -> {
            try {
                action.accept(currentPassword.getValue());
                close();
            } catch (DomainException error) {
                FieldErrors.show(error, Map.of("currentPassword", currentPassword));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(currentPassword);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
