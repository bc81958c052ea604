package org.broadsheet.site.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
        Anchor section = new Anchor(teaser.section().url(), teaser.section().name());
        section.addClassName("teaser-section");
        Anchor headline = new Anchor(teaser.url(), teaser.title());
        Component heading = level == Level.BLOCK ? new H3(headline) : new H2(headline);
        add(section, heading);
        if (teaser.standfirst() != null && !teaser.standfirst().isBlank()) {
            Paragraph standfirst = new Paragraph(teaser.standfirst());
            standfirst.addClassName("standfirst");
            add(standfirst);
        }
        add(new BylineLine(teaser.bylines(), teaser.publishedAt(), zone));
    }
}
