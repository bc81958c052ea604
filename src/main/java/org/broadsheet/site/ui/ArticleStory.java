package org.broadsheet.site.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import org.broadsheet.content.service.PublishedArticle;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.TagSummary;

/** One article as readers see it: the site renders it, the desk preview mounts it. */
public class ArticleStory extends Article {

    public ArticleStory(PublishedArticle article, ZoneId zone) {
        addClassName("story");
        Header header = new Header(new Breadcrumb(article.sectionTrail()), new H1(article.title()));
        if (article.standfirst() != null && !article.standfirst().isBlank()) {
            Paragraph standfirst = new Paragraph(article.standfirst());
            standfirst.addClassName("standfirst");
            header.add(standfirst);
        }
        BylineLine byline = new BylineLine(article.bylines(), article.publishedAt(), zone);
        if (article.wasUpdated()) {
            byline.add(new Text(" · Updated "), new Time(article.updatedAt(), zone));
        }
        header.add(byline);
        add(header);
        if (article.featuredImage() != null) {
            add(new FeaturedFigure(article.featuredImage(), article.picture(), true, FeaturedFigure.Width.STORY));
        }
        add(HtmlBody.of(article.bodyHtml(), article.bodyPictures()));
        if (!article.corrections().isEmpty()) {
            add(new CorrectionNotes(article.corrections(), zone));
        }
        add(footer(article));
    }

    private static Footer footer(PublishedArticle article) {
        Footer footer = new Footer();
        footer.addClassName("story-footer");
        if (!article.tags().isEmpty()) {
            UnorderedList tags = new UnorderedList();
            tags.addClassName("tags");
            tags.getElement().setAttribute("aria-label", "Tags");
            for (TagSummary tag : article.tags()) {
                tags.add(new ListItem(new Anchor(tag.url(), tag.name())));
            }
            footer.add(tags);
        }
        SectionSummary section = article.section();
        Anchor continueLink = new Anchor(section.url(), "Continue to " + section.name());
        continueLink.addClassName("continue");
        footer.add(new Paragraph(continueLink));
        return footer;
    }
}
