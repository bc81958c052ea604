package org.broadsheet.site.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.dom.Element;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.content.service.ArticleTeaser;

/**
 * What a {@link Teaser} holds, written once for what it shows rather than on every render: making
 * a listing's twenty or forty teasers into elements and writing them was about half of a home
 * page's render. Kept by value, so a changed headline, byline, section name or picture is simply
 * another entry; old entries age out.
 */
final class WrittenTeasers {

    private record Shows(ArticleTeaser teaser, ZoneId zone, Teaser.Level level) {}

    /** Characters of HTML kept: some thousands of teasers, a few megabytes. */
    private static final Cache<Shows, String> WRITTEN = Caffeine.newBuilder()
            .maximumWeight(4_000_000)
            .weigher((Shows shows, String html) -> html.length())
            .build();

    private WrittenTeasers() {}

    /** The teaser's inside as written HTML, ready for its place in a page. */
    static Element inside(ArticleTeaser teaser, ZoneId zone, Teaser.Level level) {
        return WrittenHtml.of(WRITTEN.get(new Shows(teaser, zone, level), WrittenTeasers::write), false);
    }

    private static String write(Shows shows) {
        StringBuilder html = new StringBuilder();
        parts(shows.teaser(), shows.zone(), shows.level()).forEach(part -> html.append(SitePage.written(part)));
        return html.toString();
    }

    private static List<Element> parts(ArticleTeaser teaser, ZoneId zone, Teaser.Level level) {
        List<Element> parts = new ArrayList<>();
        if (teaser.featuredImage() != null) {
            parts.add(new FeaturedFigure(
                            teaser.featuredImage(),
                            teaser.picture(),
                            level == Teaser.Level.LEAD,
                            level == Teaser.Level.LEAD ? FeaturedFigure.Width.LEAD : FeaturedFigure.Width.CARD)
                    .getElement());
        }
        Element section =
                PlainElements.link(teaser.section().url(), teaser.section().name());
        section.getClassList().add("teaser-section");
        parts.add(section);
        parts.add(new Element(level == Teaser.Level.BLOCK ? "h3" : "h2")
                .appendChild(PlainElements.link(teaser.url(), teaser.title())));
        if (teaser.standfirst() != null && !teaser.standfirst().isBlank()) {
            parts.add(PlainElements.text("p", "standfirst", teaser.standfirst()));
        }
        parts.add(new BylineLine(teaser.bylines(), teaser.publishedAt(), zone).getElement());
        return parts;
    }
}
