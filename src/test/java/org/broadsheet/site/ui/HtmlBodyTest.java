package org.broadsheet.site.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.broadsheet.media.service.MediaView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A body is written into the page once, escaped once: what was text stays text. */
class HtmlBodyTest {

    @Test
    void textAndAttributesAreEscapedOnceAndNothingBecomesMarkup() {
        String body = "<p>Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt; caf\u00e9</p>"
                + "<p><a href=\"https://example.org/?a=1&amp;b=2\" title=\"&quot;quoted&quot; &lt;b&gt;\">link</a></p>";

        String written = SitePage.written(HtmlBody.of(body, Map.of()).getElement());

        Element page = Jsoup.parseBodyFragment(written).body();
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("b")).isEmpty();
        assertThat(page.selectFirst("div.story-body > p").text())
                .isEqualTo("Tom & Jerry <script>alert(1)</script> caf\u00e9");
        Element link = page.selectFirst("div.story-body a");
        assertThat(link.attr("href")).isEqualTo("https://example.org/?a=1&b=2");
        assertThat(link.attr("title")).isEqualTo("\"quoted\" <b>");
        assertThat(written).doesNotContain("bs-written-html").doesNotContain("data-html");
    }

    @Test
    void commentsAreLeftOut() {
        String written =
                SitePage.written(HtmlBody.of("<p>one<!-- a note for the editor --> two</p><!-- between -->", Map.of())
                        .getElement());

        assertThat(written).isEqualTo("<div class=\"story-body\"><p>one two</p></div>");
    }

    @Test
    void anEditedBodyOrAChangedPictureShowsTheNextTimeItIsWritten() {
        String body = "<p>First words.</p><p><img src=\"/media/5/harbour.jpg\" alt=\"The harbour\"></p>";
        String before = SitePage.written(HtmlBody.of(body, Map.of(5L, harbour(1, "/media/5/v1-640.webp")))
                .getElement());
        assertThat(before).contains("/media/5/v1-640.webp");

        assertThat(SitePage.written(HtmlBody.of(body, Map.of(5L, harbour(2, "/media/5/v2-640.webp")))
                        .getElement()))
                .contains("/media/5/v2-640.webp")
                .doesNotContain("v1-640");
        assertThat(SitePage.written(
                        HtmlBody.of(body.replace("First", "Second"), Map.of(5L, harbour(1, "/media/5/v1-640.webp")))
                                .getElement()))
                .contains("Second words.")
                .doesNotContain("First words.");
        assertThat(SitePage.written(HtmlBody.of(body, Map.of(5L, harbour(1, "/media/5/v1-640.webp")))
                        .getElement()))
                .isEqualTo(before);
    }

    private static MediaView harbour(long version, String webp) {
        return new MediaView(
                5,
                "harbour.jpg",
                "image/jpeg",
                640,
                480,
                50_000,
                "The harbour at dawn",
                false,
                null,
                null,
                0.5f,
                0.5f,
                "ana",
                Instant.parse("2026-03-03T10:00:00Z"),
                version,
                List.of(new MediaView.Variant(640, 480, webp, webp.replace(".webp", ".jpg"))),
                "/media/5/social.jpg");
    }
}
