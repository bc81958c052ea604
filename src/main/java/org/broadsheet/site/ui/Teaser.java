package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Article;
import java.time.ZoneId;
import org.broadsheet.content.service.ArticleTeaser;

/**
 * An article in a list: section, linked headline, standfirst, byline, date and picture. What it
 * holds is written once for what it shows ({@link WrittenTeasers}); a list may add to it, as the
 * search results add the passage that matched.
 */
public class Teaser extends Article {

    /** How prominent a teaser is: the lead story, an item of a page's list, or one under a sub-heading. */
    public enum Level {
        LEAD,
        LIST,
        BLOCK
    }

    public Teaser(ArticleTeaser teaser, ZoneId zone, Level level) {
        addClassName("teaser");
        if (level == Level.LEAD) {
            addClassName("lead");
        }
        getElement().appendChild(WrittenTeasers.inside(teaser, zone, level));
    }
}
