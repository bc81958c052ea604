package org.broadsheet.site.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.site.ui.SiteFrames.frame;
import static org.broadsheet.site.ui.SiteFrames.site;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.people.service.Byline;
import org.broadsheet.site.service.Navigation;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTrees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A teaser is written once for what it shows, and shows a change on the next page. */
class TeaserTest {

    static final SectionSummary LA_PAZ =
            new SectionSummary(3, "La Paz", "la-paz", "americas/bolivia/la-paz", 2L, 1, null);
    static final ZoneId UTC = ZoneId.of("UTC");
    /** Late on 3 March in UTC, already 4 March in Tokyo. */
    static final Instant PUBLISHED = Instant.parse("2026-03-03T20:00:00Z");

    final ArticleTeaser cableCar = new ArticleTeaser(
            7,
            "The cable car that rewired a city",
            "Ten lines, one fare.",
            "/americas/bolivia/la-paz/the-cable-car",
            LA_PAZ,
            List.of(new Byline(1, "Ana Quispe", "ana-quispe"), new Byline(2, "Tom Reyes", "tom-reyes")),
            PUBLISHED,
            new FeaturedImage("https://example.org/cable.jpg", "Cabins over El Alto", "Over El Alto.", "Ana Quispe"),
            null);

    @Test
    void aTeaserShowsSectionHeadlineStandfirstBylineDateAndPicture() {
        Element teaser = teaser(new Teaser(cableCar, UTC, Teaser.Level.LEAD));

        assertThat(teaser.classNames()).containsExactlyInAnyOrder("teaser", "lead");
        assertThat(teaser.select("> figure.featured-image img").attr("alt")).isEqualTo("Cabins over El Alto");
        assertThat(teaser.select("> figure figcaption").text()).isEqualTo("Over El Alto. Ana Quispe");
        assertThat(teaser.select("> a.teaser-section").attr("href")).isEqualTo("/americas/bolivia/la-paz");
        assertThat(teaser.select("> a.teaser-section").text()).isEqualTo("La Paz");
        assertThat(teaser.select("> h2 > a").attr("href")).isEqualTo(cableCar.url());
        assertThat(teaser.select("> h2 > a").text()).isEqualTo(cableCar.title());
        assertThat(teaser.select("> p.standfirst").text()).isEqualTo("Ten lines, one fare.");
        assertThat(teaser.select("> p.byline a[rel=author]").eachAttr("href"))
                .containsExactly("/author/ana-quispe", "/author/tom-reyes");
        assertThat(teaser.select("> p.byline").text()).isEqualTo("By Ana Quispe and Tom Reyes · 3 March 2026");
        assertThat(teaser.select("> p.byline time").attr("datetime")).isEqualTo(PUBLISHED.toString());
    }

    @Test
    void aBlockTeaserHasASmallerHeadingAndNoLeadClass() {
        Element teaser = teaser(new Teaser(cableCar, UTC, Teaser.Level.BLOCK));

        assertThat(teaser.classNames()).containsExactly("teaser");
        assertThat(teaser.select("> h3 > a").text()).isEqualTo(cableCar.title());
        assertThat(teaser.select("> h2")).isEmpty();
    }

    @Test
    void eachChangeAloneShowsOnTheNextPage() {
        teaser(new Teaser(cableCar, UTC, Teaser.Level.LIST));

        assertThat(listed(changed(
                                cableCar.title() + " for good",
                                cableCar.standfirst(),
                                cableCar.section(),
                                cableCar.bylines(),
                                cableCar.featuredImage()))
                        .select("h2")
                        .text())
                .isEqualTo("The cable car that rewired a city for good");
        assertThat(listed(changed(
                                cableCar.title(),
                                "Eleven lines now.",
                                cableCar.section(),
                                cableCar.bylines(),
                                cableCar.featuredImage()))
                        .select("p.standfirst")
                        .text())
                .isEqualTo("Eleven lines now.");
        SectionSummary renamed = new SectionSummary(3, "La Paz y El Alto", "la-paz", LA_PAZ.path(), 2L, 1, null);
        assertThat(listed(changed(
                                cableCar.title(),
                                cableCar.standfirst(),
                                renamed,
                                cableCar.bylines(),
                                cableCar.featuredImage()))
                        .select("a.teaser-section")
                        .text())
                .isEqualTo("La Paz y El Alto");
        List<Byline> renamedAuthor = List.of(new Byline(1, "Ana Quispe Mamani", "ana-quispe"));
        assertThat(listed(changed(
                                cableCar.title(),
                                cableCar.standfirst(),
                                cableCar.section(),
                                renamedAuthor,
                                cableCar.featuredImage()))
                        .select("p.byline")
                        .text())
                .startsWith("By Ana Quispe Mamani ·");
        FeaturedImage newAlt = new FeaturedImage("https://example.org/cable.jpg", "Red cabins", null, null);
        assertThat(listed(changed(
                                cableCar.title(),
                                cableCar.standfirst(),
                                cableCar.section(),
                                cableCar.bylines(),
                                newAlt))
                        .select("img")
                        .attr("alt"))
                .isEqualTo("Red cabins");
        assertThat(teaser(new Teaser(cableCar, ZoneId.of("Asia/Tokyo"), Teaser.Level.LIST))
                        .select("time")
                        .text())
                .isEqualTo("4 March 2026");
    }

    private ArticleTeaser changed(
            String title, String standfirst, SectionSummary section, List<Byline> bylines, FeaturedImage image) {
        return new ArticleTeaser(
                cableCar.id(),
                title,
                standfirst,
                cableCar.url(),
                section,
                bylines,
                cableCar.publishedAt(),
                image,
                null);
    }

    private static Element listed(ArticleTeaser teaser) {
        return teaser(new Teaser(teaser, UTC, Teaser.Level.LIST));
    }

    @Test
    void theSameTeaserTwiceIsTheSameHtml() {
        assertThat(page(new Teaser(cableCar, UTC, Teaser.Level.LIST)))
                .isEqualTo(page(new Teaser(cableCar, UTC, Teaser.Level.LIST)));
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        ArticleTeaser hostile = new ArticleTeaser(
                8,
                "<script>alert(1)</script> & more",
                "<b>bold</b>",
                "/americas/bolivia/la-paz/x\"onmouseover=\"alert(1)",
                LA_PAZ,
                List.of(),
                PUBLISHED,
                null,
                null);
        Element teaser = teaser(new Teaser(hostile, UTC, Teaser.Level.LIST));

        assertThat(teaser.select("script, b, [onmouseover]")).isEmpty();
        assertThat(teaser.select("h2").text()).isEqualTo("<script>alert(1)</script> & more");
        assertThat(teaser.select("h2 a").attr("href")).isEqualTo(hostile.url());
    }

    @Test
    void aListCanAddToATeaser() {
        Teaser teaser = new Teaser(cableCar, UTC, Teaser.Level.LIST);
        teaser.add(new Paragraph("the passage that matched"));

        Element written = teaser(teaser);
        assertThat(written.children().last().text()).isEqualTo("the passage that matched");
        assertThat(written.children().first().tagName()).isEqualTo("figure");
    }

    private static Element teaser(Component teaser) {
        Document page = Jsoup.parse(page(teaser));
        assertThat(page.select("main > article.teaser")).hasSize(1);
        return page.selectFirst("main > article.teaser");
    }

    private static String page(Component content) {
        return SitePage.render(
                frame(site("The Courier"), SectionTrees.of(SiteChromeTest.AMERICAS), Navigation.DEFAULT),
                PageMeta.website("A page", null, null),
                content);
    }
}
