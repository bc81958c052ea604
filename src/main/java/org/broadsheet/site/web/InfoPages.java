package org.broadsheet.site.web;

import java.util.Optional;
import java.util.Set;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.content.service.StaticPageService;
import org.broadsheet.site.ui.MessagePage;
import org.broadsheet.site.ui.PageMeta;
import org.broadsheet.site.ui.SitePage;
import org.broadsheet.site.ui.StaticPageStory;
import org.springframework.stereotype.Component;

/** Pages outside the section tree (About, Cookie policy) and the error pages. */
@Component
class InfoPages {

    private final StaticPageService pages;

    InfoPages(StaticPageService pages) {
        this.pages = pages;
    }

    Optional<RenderedPage> staticPage(PageContext ctx, String slug) {
        return pages.find(slug).map(page -> {
            StaticPageStory body = new StaticPageStory(page.title(), page.bodyHtml());
            return new RenderedPage(
                    SitePage.render(
                            ctx.frame(),
                            PageMeta.website(ctx.title(page.title()), null, ctx.baseUrl() + page.url()),
                            body),
                    page.updatedAt(),
                    Set.of(PublicContentChanged.page(slug)));
        });
    }

    String notFound(PageContext ctx) {
        return message(
                ctx,
                "Page not found",
                "There is nothing at this address. It may have moved, or it was never published.");
    }

    String withdrawn(PageContext ctx, java.time.Instant at) {
        return message(
                ctx,
                "This article was withdrawn",
                "It was taken off the site on " + org.broadsheet.site.ui.Time.readable(at, ctx.zone())
                        + " and is no longer published. The latest articles are on the front page.");
    }

    String previewGone(PageContext ctx) {
        return message(
                ctx,
                "This preview link does not work",
                "It has expired or was revoked. Ask the person who sent it for a new one.");
    }

    String badRequest(PageContext ctx, String explanation) {
        return message(ctx, "Bad request", explanation);
    }

    String searchUnavailable(PageContext ctx) {
        return message(
                ctx,
                "Search is unavailable",
                "Search is being repaired and will be back shortly. Every article is still reachable from the "
                        + "sections in the menu.");
    }

    String failure(PageContext ctx) {
        return message(ctx, "Something went wrong", "We could not show this page. Please try again in a moment.");
    }

    private static String message(PageContext ctx, String heading, String explanation) {
        return SitePage.render(
                ctx.frame(), PageMeta.website(ctx.title(heading), null, null), new MessagePage(heading, explanation));
    }
}
