package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.broadsheet.taxonomy.service.SectionSummary;

/** Americas › Bolivia, each step a link to its section page. */
public class Breadcrumb extends Nav {

    public Breadcrumb(List<SectionSummary> trail) {
        addClassName("breadcrumb");
        getElement().setAttribute("aria-label", "Breadcrumb");
        Element steps = new Element("ol");
        for (SectionSummary section : trail) {
            steps.appendChild(new Element("li").appendChild(PlainElements.link(section.url(), section.name())));
        }
        getElement().appendChild(steps);
    }
}
