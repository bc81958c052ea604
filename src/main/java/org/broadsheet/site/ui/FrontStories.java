package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Section;
import java.time.ZoneId;
import java.util.List;
import org.broadsheet.content.service.ArticleTeaser;

/** The top of the home page: the lead story, then the featured and latest ones beside each other. */
public class FrontStories extends Section {

    public FrontStories(List<ArticleTeaser> stories, ZoneId zone) {
        addClassName("front");
        getElement().setAttribute("aria-label", "Top stories");
        for (int i = 0; i < stories.size(); i++) {
            add(new Teaser(stories.get(i), zone, i == 0 ? Teaser.Level.LEAD : Teaser.Level.LIST));
        }
    }
}
