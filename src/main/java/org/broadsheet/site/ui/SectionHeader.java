package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;

/** The top of a section's page: where it is, its name and description, and its sub-sections. */
public class SectionHeader extends Header {

    public SectionHeader(SectionTree tree, SectionSummary section) {
        add(new Breadcrumb(tree.trail(section.id())), new H1(section.name()));
        addClassName("section-header");
        if (section.description() != null && !section.description().isBlank()) {
            Paragraph description = new Paragraph(section.description());
            description.addClassName("description");
            add(description);
        }
        List<SectionSummary> children = tree.children(section.id());
        if (!children.isEmpty()) {
            UnorderedList list = new UnorderedList();
            children.forEach(child -> list.add(new ListItem(new Anchor(child.url(), child.name()))));
            Nav subSections = new Nav(list);
            subSections.addClassName("sub-section-nav");
            subSections.getElement().setAttribute("aria-label", "Sub-sections of " + section.name());
            add(subSections);
        }
    }
}
