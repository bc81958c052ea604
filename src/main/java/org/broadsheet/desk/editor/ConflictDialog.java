package org.broadsheet.desk.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Someone saved the article after this user opened it. Both versions side by side, word by word,
 * and three ways on, none of which loses the user's text: save mine over theirs; take theirs
 * (mine stays in the autosave, restorable); or copy mine to the clipboard and load theirs.
 */
class ConflictDialog extends Dialog {

    final Button keepMine = new Button("Keep mine");
    final Button takeTheirs = new Button("Take theirs");
    final Button copyMine = new Button("Copy mine and reload");

    ConflictDialog(
            String whoSaved,
            String theirText,
            String myText,
            Runnable onKeepMine,
            Runnable onTakeTheirs,
            Runnable onCopyMine) {
        setHeaderTitle("Someone else saved this article");
        addClassName("conflict-dialog");
        setWidth("min(92vw, 80em)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        add(new Paragraph(whoSaved + " saved it after you opened it. Nothing has been overwritten: "
                + "your text is still here and kept as an autosave."));
        WordDiff.Sides sides = WordDiff.compare(theirText, myText);
        add(new DiffColumns("Their version", "Your version", sides));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.setTooltipText("Save your version; theirs stays in the revisions");
        takeTheirs.setTooltipText("Load their version; yours stays in the autosave");
        copyMine.setTooltipText("Copy your text to the clipboard, then load their version");
        keepMine.addClickListener(e -> {
            close();
            onKeepMine.run();
        });
        takeTheirs.addClickListener(e -> {
            close();
            onTakeTheirs.run();
        });
        copyMine.addClickListener(e -> {
            getElement().executeJs("return navigator.clipboard && navigator.clipboard.writeText($0)", myText);
            close();
            onCopyMine.run();
        });
        getFooter().add(copyMine, takeTheirs, keepMine);
    }
}
