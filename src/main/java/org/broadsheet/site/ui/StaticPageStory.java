package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;

/** A static page's words as readers see them: its title over its body. */
public class StaticPageStory extends Article {

    public StaticPageStory(String title, String sanitizedBody) {
        add(new H1(title), HtmlBody.of(sanitizedBody));
        addClassName("story");
    }
}
