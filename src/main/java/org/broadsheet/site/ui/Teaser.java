package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.dom.Element;
import java.time.ZoneId;
import org.broadsheet.content.service.ArticleTeaser;

/** An article in a list: section, linked headline, standfirst, byline, date and picture. */
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
        if (teaser.featuredImage() != null) {
            add(new FeaturedFigure(
                    teaser.featuredImage(),
                    teaser.picture(),
                    level == Level.LEAD,
                    level == Level.LEAD ? FeaturedFigure.Width.LEAD : FeaturedFigure.Width.CARD));
        }
        Element section =
                PlainElements.link(teaser.section().url(), teaser.section().name());
        section.getClassList().add("teaser-section");
        Element heading = new Element(level == Level.BLOCK ? "h3" : "h2")
                .appendChild(PlainElements.link(teaser.url(), teaser.title()));
        getElement().appendChild(section, heading);
        if (teaser.standfirst() != null && !teaser.standfirst().isBlank()) {
            getElement().appendChild(PlainElements.text("p", "standfirst", teaser.standfirst()));
        }
        add(new BylineLine(teaser.bylines(), teaser.publishedAt(), zone));
    }
}
