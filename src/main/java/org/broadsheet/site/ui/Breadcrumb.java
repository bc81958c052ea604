package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;
import org.broadsheet.taxonomy.service.SectionSummary;

/** Americas › Bolivia, each step a link to its section page. */
public class Breadcrumb extends Nav {

    public Breadcrumb(List<SectionSummary> trail) {
        addClassName("breadcrumb");
        getElement().setAttribute("aria-label", "Breadcrumb");
        OrderedList steps = new OrderedList();
        for (SectionSummary section : trail) {
            steps.add(new ListItem(new Anchor(section.url(), section.name())));
        }
        add(steps);
    }
}
