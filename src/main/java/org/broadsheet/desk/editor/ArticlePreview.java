package org.broadsheet.desk.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.broadsheet.content.service.PublishedArticle;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.site.ui.ArticleStory;
import org.broadsheet.site.ui.Consent;
import org.broadsheet.site.ui.PageMeta;
import org.broadsheet.site.ui.SiteFrame;
import org.broadsheet.site.ui.SitePage;
import org.broadsheet.taxonomy.service.SectionTree;

/**
 * The article as readers will see it: the public page rendered by the site's own components and
 * shown in a frame, so the site's stylesheet applies to it and nothing of the desk's does. The
 * frame runs no script and cannot navigate the desk.
 */
class ArticlePreview extends Div {

    final IFrame frame = new IFrame();
    private final Paragraph empty = new Paragraph("Choose a section to see the preview.");
    private String html = "";

    ArticlePreview() {
        addClassName("article-preview");
        frame.setTitle("Preview of the article as readers see it");
        frame.getElement().setAttribute("sandbox", "allow-same-origin");
        frame.addClassName("article-preview-frame");
        empty.addClassName("article-preview-empty");
        add(empty, frame);
        frame.setVisible(false);
    }

    void show(Optional<PublishedArticle> article, SiteIdentity site, SectionTree sections) {
        empty.setVisible(article.isEmpty());
        frame.setVisible(article.isPresent());
        article.ifPresent(story -> {
            String page = SitePage.render(
                    new SiteFrame(site, sections, Consent.ACCEPTED, story.url()),
                    PageMeta.website(story.title(), story.description(), null),
                    new ArticleStory(story, site.zone()));
            if (!page.equals(html)) {
                html = page;
                frame.setSrcdoc(page);
            }
        });
    }

    /** The page last shown, for tests. */
    String html() {
        return html;
    }
}
