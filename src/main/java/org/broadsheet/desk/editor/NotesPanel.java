package org.broadsheet.desk.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.service.ArticleNotes;
import org.broadsheet.desk.DeskFeedback;
import org.jspecify.annotations.Nullable;

/**
 * The conversation about the article beside the editor: every note, oldest first (who, when, and
 * whether it sent the draft back), and a field to add one. A refused note keeps its text.
 */
class NotesPanel extends VerticalLayout {

    final Div thread = new Div();
    final TextArea note = new TextArea("Add a note");
    final Button add = new Button("Add note");
    private final ArticleNotes notes;
    private final ZoneId zone;
    private @Nullable Long articleId;

    NotesPanel(ArticleNotes notes, ZoneId zone) {
        this.notes = notes;
        this.zone = zone;
        addClassName("notes-panel");
        setPadding(false);
        thread.addClassName("notes-thread");
        note.setWidthFull();
        note.setMaxLength(ArticleNotes.MAX_LENGTH);
        add.addClickListener(e -> addNote());
        add(thread, note, add);
        show(null, false);
    }

    /** The notes of this article (null: not saved yet); {@code mayAdd}: the user may change it. */
    void show(@Nullable Long articleId, boolean mayAdd) {
        this.articleId = articleId;
        thread.removeAll();
        note.setVisible(articleId != null && mayAdd);
        add.setVisible(articleId != null && mayAdd);
        if (articleId == null) {
            thread.add(new Paragraph("Notes can be left once the article is saved."));
            return;
        }
        List<ArticleNotes.Note> all;
        try {
            all = notes.of(articleId);
        } catch (DomainException.Forbidden e) {
            thread.add(new Paragraph("The notes are for the article's authors and the editors."));
            return;
        }
        if (all.isEmpty()) {
            thread.add(new Paragraph("No notes yet."));
        }
        all.forEach(n -> thread.add(entry(n)));
    }

    private Div entry(ArticleNotes.Note n) {
        Span who = new Span(n.writerName() + " · "
                + DeskFeedback.dateTime(n.writtenAt(), zone)
                + (n.sentBack() ? " · sent it back" : ""));
        who.addClassName("note-meta");
        Div entry = new Div(who, new Paragraph(n.text()));
        entry.addClassName("note");
        if (n.sentBack()) {
            entry.addClassName("note-sent-back");
        }
        return entry;
    }

    private void addNote() {
        if (articleId == null) {
            return;
        }
        try {
            notes.add(articleId, note.getValue());
            note.clear();
            note.setInvalid(false);
            show(articleId, true);
        } catch (DomainException.ValidationFailed e) {
            note.setInvalid(true);
            note.setErrorMessage(e.getMessage());
        }
    }
}
