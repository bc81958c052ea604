package org.broadsheet.site.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
}
