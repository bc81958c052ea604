package org.broadsheet.desk.overview;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.desk.DeskFeedback;
import org.jspecify.annotations.Nullable;

/** A card of the overview: a few articles, each a link to its editor with the time that matters here. */
class ArticleShortList extends Section {

    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty;
    private final ZoneId zone;
    private final Function<DeskArticleRow, @Nullable Instant> time;

    ArticleShortList(String title, String whenEmpty, ZoneId zone, Function<DeskArticleRow, @Nullable Instant> time) {
        this.zone = zone;
        this.time = time;
        addClassName("overview-card");
        empty = new Paragraph(whenEmpty);
        empty.addClassName("overview-empty");
        add(new H3(title), list, empty);
    }

    void show(List<DeskArticleRow> rows) {
        list.removeAll();
        for (DeskArticleRow row : rows) {
            Instant when = time.apply(row);
            Span at = new Span(when == null ? "" : DeskFeedback.dateTime(when, zone));
            at.addClassName("overview-time");
            list.add(new ListItem(new Anchor("articles/" + row.id(), row.title()), at));
        }
        empty.setVisible(rows.isEmpty());
    }
}
