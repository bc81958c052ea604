package org.broadsheet.desk.overview;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import org.broadsheet.content.service.ArticleNotes;
import org.broadsheet.desk.DeskFeedback;

/** The author's drafts an editor sent back, each with the note saying what to change. */
class SentBackList extends Section {

    final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph("Nothing has come back to you.");
    private final ZoneId zone;

    SentBackList(ZoneId zone) {
        this.zone = zone;
        addClassName("overview-card");
        addClassName("sent-back");
        empty.addClassName("overview-empty");
        add(new H3("Sent back to you"), list, empty);
    }

    void show(List<ArticleNotes.SentBack> drafts) {
        list.removeAll();
        for (ArticleNotes.SentBack draft : drafts) {
            Span who = new Span(draft.note().writerName() + ", "
                    + DeskFeedback.dateTime(draft.note().writtenAt(), zone));
            who.addClassName("overview-time");
            Paragraph note = new Paragraph(draft.note().text());
            note.addClassName("sent-back-note");
            list.add(new ListItem(new Anchor("articles/" + draft.articleId(), draft.title()), who, note));
        }
        empty.setVisible(drafts.isEmpty());
    }
}
