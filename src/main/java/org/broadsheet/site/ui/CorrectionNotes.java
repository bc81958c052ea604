package org.broadsheet.site.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import org.broadsheet.content.service.Correction;

/** The corrections and updates at the end of an article, oldest first, each with its date. */
public class CorrectionNotes extends Section {

    public CorrectionNotes(List<Correction> corrections, ZoneId zone) {
        addClassName("corrections");
        H2 heading = new H2("Corrections and updates");
        heading.setId("corrections");
        getElement().setAttribute("aria-labelledby", "corrections");
        UnorderedList list = new UnorderedList();
        for (Correction correction : corrections) {
            list.add(item(correction, zone));
        }
        add(heading, list);
    }

    static ListItem item(Correction correction, ZoneId zone) {
        ListItem item = new ListItem(parts(correction, zone));
        item.addClassName("correction");
        return item;
    }

    /** "Correction, 3 December 2026: " and the text. */
    static Component[] parts(Correction correction, ZoneId zone) {
        Span label =
                new Span(new Text(correction.kind().label() + ", "), new Time(correction.at(), zone), new Text(": "));
        label.addClassName("correction-label");
        return new Component[] {label, new Text(correction.text())};
    }
}
