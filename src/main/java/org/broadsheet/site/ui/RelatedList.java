package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.broadsheet.content.service.ArticleTeaser;

/** "Related articles" under a story. */
public class RelatedList extends Aside {

    public RelatedList(List<ArticleTeaser> related) {
        addClassName("related");
        getElement().setAttribute("aria-labelledby", "related-heading");
        H2 heading = new H2("Related articles");
        heading.setId("related-heading");
        UnorderedList list = new UnorderedList();
        for (ArticleTeaser teaser : related) {
            Span section = new Span(teaser.section().name());
            section.addClassName("teaser-section");
            list.add(new ListItem(section, new Anchor(teaser.url(), teaser.title())));
        }
        add(heading, list);
    }
}
