package org.broadsheet.site.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.broadsheet.people.service.Byline;

/** "By Ana Quispe and Tom Reyes · 3 March 2026", names linking to author pages. */
public class BylineLine extends Paragraph {

    public BylineLine(List<Byline> bylines, Instant date, ZoneId zone) {
        addClassName("byline");
        if (!bylines.isEmpty()) {
            Span names = new Span(new Text("By "));
            names.addClassName("byline-names");
            for (int i = 0; i < bylines.size(); i++) {
                if (i > 0) {
                    names.add(new Text(i == bylines.size() - 1 ? " and " : ", "));
                }
                Byline byline = bylines.get(i);
                Anchor link = new Anchor(byline.url(), byline.name());
                link.getElement().setAttribute("rel", "author");
                names.add(link);
            }
            add(names, new Text(" · "));
        }
        add(new Time(date, zone));
    }
}
