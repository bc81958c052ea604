package org.broadsheet.desk.editor.body;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * The frame of the body editor's dialogs: a form, Cancel, and an Apply that closes the dialog only
 * when the form's answer is good (otherwise the fields say what is wrong and keep what was typed).
 */
abstract class BodyDialog extends Dialog {

    protected final FormLayout form = new FormLayout();
    protected final Button apply = new Button("Apply", e -> applyIfValid());

    BodyDialog(String title) {
        setHeaderTitle(title);
        setWidth("36rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), apply);
    }

    protected void addToForm(Component... fields) {
        form.add(fields);
    }

    /** Checks the fields, marking the wrong ones; true when the answer was given to the editor. */
    protected abstract boolean applied();

    private void applyIfValid() {
        // once only: Enter in a field and a click can both reach Apply while the dialog closes
        if (apply.isEnabled() && applied()) {
            apply.setEnabled(false);
            close();
        }
    }
}
