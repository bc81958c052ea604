package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import org.broadsheet.content.service.ArticleTeaser;

/** An article in a list: section, linked headline, standfirst, byline and date. */
public class Teaser extends Article {

    public Teaser(ArticleTeaser teaser, ZoneId zone) {
        addClassName("teaser");
        Anchor section = new Anchor(teaser.section().url(), teaser.section().name());
        section.addClassName("teaser-section");
        add(section, new H2(new Anchor(teaser.url(), teaser.title())));
        if (teaser.standfirst() != null && !teaser.standfirst().isBlank()) {
            Paragraph standfirst = new Paragraph(teaser.standfirst());
            standfirst.addClassName("standfirst");
            add(standfirst);
        }
        add(new BylineLine(teaser.bylines(), teaser.publishedAt(), zone));
    }
}
