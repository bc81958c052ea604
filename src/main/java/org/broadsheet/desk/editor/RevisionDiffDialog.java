package org.broadsheet.desk.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;

/**
 * Two versions side by side, word by word: what the older one has that the newer lost is struck
 * through on the left, what the newer added is marked on the right.
 */
class RevisionDiffDialog extends Dialog {

    final DiffColumns columns;
    final Button restore = new Button("Restore this revision");

    RevisionDiffDialog(
            String olderTitle,
            String newerTitle,
            String olderText,
            String newerText,
            boolean mayRestore,
            Runnable onRestore) {
        setHeaderTitle("Compare revisions");
        addClassName("revision-diff");
        setWidth("min(90vw, 80em)");
        WordDiff.Sides sides = WordDiff.compare(olderText, newerText);
        columns = new DiffColumns(olderTitle, newerTitle, sides);
        add(columns);
        if (sides.identical()) {
            add(new Span("The texts are the same."));
        }
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.setVisible(mayRestore);
        restore.addClickListener(e -> {
            onRestore.run();
            close();
        });
        getFooter().add(new Button("Close", e -> close()), restore);
    }
}
