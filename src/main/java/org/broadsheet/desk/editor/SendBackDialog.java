package org.broadsheet.desk.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.broadsheet.content.service.ArticleNotes;

/**
 * Sending a review request back to its author: what needs doing, in a note the author finds
 * beside the editor. A refused note keeps its text in the dialog.
 */
class SendBackDialog extends Dialog {

    final TextArea note = new TextArea("What should the author change?");
    final Button send = new Button("Send back");

    SendBackDialog(Consumer<SendBackDialog> onSend) {
        setHeaderTitle("Send back to the author");
        addClassName("send-back-dialog");
        setWidth("min(92vw, 40em)");
        note.setWidthFull();
        note.setMinHeight("8em");
        note.setMaxLength(ArticleNotes.MAX_LENGTH);
        note.setRequired(true);
        note.setHelperText("The article returns to the drafts with this note.");
        add(note);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> onSend.accept(this));
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, send);
    }

    /** The note was refused: say why at the field, keep the text. */
    void refused(String why) {
        note.setInvalid(true);
        note.setErrorMessage(why);
    }
}
