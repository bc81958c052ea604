package org.broadsheet.desk.front;

import com.vaadin.flow.component.html.IFrame;
import java.util.List;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.site.ui.Consent;
import org.broadsheet.site.ui.FrontStories;
import org.broadsheet.site.ui.PageMeta;
import org.broadsheet.site.ui.SectionFront;
import org.broadsheet.site.ui.SectionHeader;
import org.broadsheet.site.ui.SiteFrame;
import org.broadsheet.site.ui.SitePage;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;

/**
 * The top of the front as readers will see it, drawn by the site's own components in a frame that
 * runs no script, so the site's stylesheet applies and nothing of the desk's does.
 */
class FrontPreview extends IFrame {

    private String html = "";

    FrontPreview() {
        addClassName("front-preview");
        setTitle("Preview of the front as readers see it");
        getElement().setAttribute("sandbox", "allow-same-origin");
    }

    /** The home page's top stories: the placed ones first, then the latest. */
    void showHome(List<ArticleTeaser> stories, SiteIdentity site, SectionTree tree) {
        show(SitePage.render(
                new SiteFrame(site, tree, Consent.ACCEPTED, "/"),
                PageMeta.website(site.siteName(), site.tagline(), null),
                new FrontStories(stories, site.zone())));
    }

    /** A section's first page: its placed lead, if any, above its latest articles. */
    void showSection(
            SectionSummary section,
            @Nullable ArticleTeaser lead,
            Slice<ArticleTeaser> latest,
            SiteIdentity site,
            SectionTree tree) {
        show(SitePage.render(
                new SiteFrame(site, tree, Consent.ACCEPTED, section.url()),
                PageMeta.website(section.name(), section.description(), null),
                new SectionHeader(tree, section),
                new SectionFront(lead, latest, section.url(), site.zone())));
    }

    private void show(String page) {
        if (!page.equals(html)) {
            html = page;
            setSrcdoc(page);
        }
    }

    /** The page last shown, for tests. */
    String html() {
        return html;
    }
}
