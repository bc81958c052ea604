package org.broadsheet.site.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.broadsheet.site.service.Navigation;
import org.broadsheet.taxonomy.service.SectionTrees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A stored embed reaches readers as a placeholder that loads nothing from the other site by itself. */
class EmbedPlaceholderTest {

    @Test
    void aStoredEmbedBecomesAPlaceholderWithALinkAndAHiddenLoadButton() {
        String stored = "<figure class=\"embed\" data-provider=\"vimeo\" data-ref=\"76979871\">"
                + "<a href=\"https://vimeo.com/76979871\">https://vimeo.com/76979871</a><figcaption>The launch</figcaption></figure>";
        Element figure = Jsoup.parseBodyFragment(
                        SitePage.written(HtmlBody.of(stored).getElement()))
                .selectFirst("figure");

        assertThat(figure.classNames()).contains("embed", "embed-vimeo");
        assertThat(figure.attr("data-frame")).isEqualTo("https://player.vimeo.com/video/76979871?dnt=1");
        assertThat(figure.attr("data-title")).isEqualTo("Vimeo video: The launch");
        assertThat(figure.select("iframe, script")).isEmpty();
        assertThat(figure.selectFirst(".embed-note a").attr("href")).isEqualTo("https://vimeo.com/76979871");
        assertThat(figure.selectFirst("button.embed-load").hasAttr("hidden")).isTrue();
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("The launch");
    }

    @Test
    void aPageLoadsTheEmbedsScriptWhenItShowsAnEmbedAndOnlyThen() {
        String embed = "<figure class=\"embed\" data-provider=\"vimeo\" data-ref=\"76979871\">"
                + "<a href=\"https://vimeo.com/76979871\">https://vimeo.com/76979871</a></figure>";

        Document withEmbed = Jsoup.parse(page(HtmlBody.of("<p>Watch it.</p>" + embed)));
        Document without = Jsoup.parse(page(HtmlBody.of("<p>Read it.</p>")));

        assertThat(withEmbed.select("head script[src=" + EmbedPlaceholder.SCRIPT + "]"))
                .singleElement()
                .satisfies(script -> assertThat(script.hasAttr("defer")).isTrue());
        assertThat(without.select("script[src=" + EmbedPlaceholder.SCRIPT + "]"))
                .isEmpty();
        // the same body again, written once already
        assertThat(Jsoup.parse(page(HtmlBody.of("<p>Watch it.</p>" + embed)))
                        .select("head script[src=" + EmbedPlaceholder.SCRIPT + "]"))
                .hasSize(1);
    }

    private static String page(Div body) {
        return SitePage.render(
                SiteFrames.frame(SiteFrames.site("The Courier"), SectionTrees.of(), Navigation.DEFAULT),
                PageMeta.website("A page", null, null),
                body);
    }

    @Test
    void aFigureThatIsNotAKnownEmbedStaysAsItIs() {
        String stored =
                "<figure class=\"embed\" data-provider=\"tiktok\" data-ref=\"1\"><a href=\"https://x.org\">x</a></figure>";
        String html = SitePage.written(HtmlBody.of(stored).getElement());
        assertThat(html).doesNotContain("data-frame", "embed-load").contains("<a href=\"https://x.org\">x</a>");
    }
}
