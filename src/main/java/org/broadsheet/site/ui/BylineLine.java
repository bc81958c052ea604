package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.broadsheet.people.service.Byline;

/** "By Ana Quispe and Tom Reyes · 3 March 2026", names linking to author pages. */
public class BylineLine extends Paragraph {

    public BylineLine(List<Byline> bylines, Instant date, ZoneId zone) {
        addClassName("byline");
        if (!bylines.isEmpty()) {
            Element names = PlainElements.text("span", "byline-names", "By ");
            for (int i = 0; i < bylines.size(); i++) {
                if (i > 0) {
                    names.appendChild(Element.createText(i == bylines.size() - 1 ? " and " : ", "));
                }
                Byline byline = bylines.get(i);
                names.appendChild(
                        PlainElements.link(byline.url(), byline.name()).setAttribute("rel", "author"));
            }
            getElement().appendChild(names, Element.createText(" · "));
        }
        getElement().appendChild(Time.element(date, zone));
    }
}
