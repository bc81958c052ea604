package org.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.broadsheet.base.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every payload of the corpus, through the allow-list: nothing that can run comes out. */
class XssCorpusSanitizerTest {

    @Test
    void theCorpusHasMoreThanAHundredVectors() {
        assertThat(XssCorpus.vectors()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void noVectorSurvivesTheArticleBodyAllowList() {
        for (String vector : XssCorpus.vectors()) {
            String clean = HtmlSanitizer.articleBody(vector);
            Document parsed = Jsoup.parseBodyFragment(clean);
            assertThat(parsed.select("script, iframe, object, embed, form, input, button, meta, base, link, style, "
                            + "svg, math, frame, frameset, video, audio, source, textarea, select, template"))
                    .as(vector)
                    .isEmpty();
            for (Element img : parsed.select("img")) {
                assertThat(img.parent().hasClass("image"))
                        .as("image outside a figure: " + vector)
                        .isTrue();
                assertThat(img.attr("src")).as(vector).matches("(https?://|/).*");
            }
            for (Element element : parsed.body().getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                    assertThat(name)
                            .as(vector)
                            .doesNotStartWith("on")
                            .isNotEqualTo("style")
                            .isNotEqualTo("srcdoc");
                    assertThat(value).as(vector).doesNotContain("javascript:", "vbscript:", "data:text", "expression(");
                }
            }
            assertThat(HtmlSanitizer.articleBody(clean)).as("stable: " + vector).isEqualTo(clean);
        }
    }
}
