package org.broadsheet.site.web;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.content.service.PublishedArticle;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.site.ui.ArticleStory;
import org.broadsheet.site.ui.Breadcrumb;
import org.broadsheet.site.ui.MessagePage;
import org.broadsheet.site.ui.PageMeta;
import org.broadsheet.site.ui.SitePage;
import org.broadsheet.site.ui.TeaserList;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Composes each kind of public page from the services' data and the page components. */
@Component
class SitePages {

    private final SiteSettingsService settings;
    private final SectionService sections;
    private final ArticleService articles;

    SitePages(SiteSettingsService settings, SectionService sections, ArticleService articles) {
        this.settings = settings;
        this.sections = sections;
        this.articles = articles;
    }

    String home(int page, String baseUrl) {
        SiteIdentity site = settings.identity();
        Page<ArticleTeaser> teasers = articles.latest(PageRequest.of(page - 1, site.pageSize()));
        requireExisting(teasers, page);
        H1 heading = new H1("Latest");
        heading.addClassName("page-heading");
        String title = site.tagline() == null ? site.siteName() : site.siteName() + " – " + site.tagline();
        return SitePage.render(site, sections.tree(), new PageMeta(title, site.tagline(), baseUrl + "/"),
                heading, new TeaserList(teasers, "/", site.zone()));
    }

    /** The article or section at this path, if readers may see one there. */
    Optional<String> atPath(String path, int page, String baseUrl) {
        int lastSlash = path.lastIndexOf('/');
        if (lastSlash > 0) {
            Optional<PublishedArticle> article = articles.findPublished(path.substring(0, lastSlash),
                    path.substring(lastSlash + 1));
            if (article.isPresent()) {
                return Optional.of(article(article.get(), baseUrl));
            }
        }
        SectionTree tree = sections.tree();
        return tree.byPath(path).map(section -> section(tree, section, page, baseUrl));
    }

    String notFound() {
        return message("Page not found",
                "There is nothing at this address. It may have moved, or it was never published.");
    }

    String message(String heading, String explanation) {
        SiteIdentity site = settings.identity();
        return SitePage.render(site, sections.tree(), new PageMeta(heading + " – " + site.siteName(), null, null),
                new MessagePage(heading, explanation));
    }

    private String article(PublishedArticle article, String baseUrl) {
        SiteIdentity site = settings.identity();
        return SitePage.render(site, sections.tree(),
                new PageMeta(article.title() + " – " + site.siteName(), article.standfirst(), baseUrl + article.url()),
                new ArticleStory(article, site.zone()));
    }

    private String section(SectionTree tree, SectionSummary section, int page, String baseUrl) {
        SiteIdentity site = settings.identity();
        Page<ArticleTeaser> teasers = articles.latestInSection(section.id(), PageRequest.of(page - 1, site.pageSize()));
        requireExisting(teasers, page);
        Header header = new Header(new Breadcrumb(tree.trail(section.id())), new H1(section.name()));
        header.addClassName("section-header");
        if (section.description() != null) {
            header.add(new Paragraph(section.description()));
        }
        return SitePage.render(site, tree, new PageMeta(section.name() + " – " + site.siteName(),
                        section.description(), baseUrl + section.url()),
                header, new TeaserList(teasers, section.url(), site.zone()));
    }

    /** Page 1 always exists, even when empty; a page past the end does not. */
    private static void requireExisting(Page<?> page, int number) {
        if (number > 1 && number > page.getTotalPages()) {
            throw new PageNotFound();
        }
    }

    static final class PageNotFound extends RuntimeException {
        PageNotFound() {
            super(null, null, false, false);
        }
    }
}
