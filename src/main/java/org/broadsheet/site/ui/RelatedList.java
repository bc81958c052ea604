package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.broadsheet.content.service.RelatedArticle;

/** "Related articles" under a story. */
public class RelatedList extends Aside {

    public RelatedList(List<RelatedArticle> related) {
        addClassName("related");
        getElement().setAttribute("aria-labelledby", "related-heading");
        Element heading =
                new Element("h2").setAttribute("id", "related-heading").setText("Related articles");
        Element list = new Element("ul");
        for (RelatedArticle article : related) {
            list.appendChild(new Element("li")
                    .appendChild(
                            PlainElements.text(
                                    "span", "teaser-section", article.section().name()),
                            PlainElements.link(article.url(), article.title())));
        }
        getElement().appendChild(heading, list);
    }
}
