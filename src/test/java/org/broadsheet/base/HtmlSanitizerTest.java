package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void keepsTheStructureOfAnArticle() {
        String html = "<h2>Heading</h2><p>Text with <strong>bold</strong>, <em>italic</em> and "
                + "<a href=\"https://example.org/x\">a link</a>.</p><blockquote><p>Quote</p></blockquote>"
                + "<ul><li>one</li></ul>";
        assertThat(HtmlSanitizer.articleBody(html)).isEqualTo(html);
    }

    @Test
    void keepsRelativeLinksBetweenArticles() {
        String html = "<p><a href=\"/americas/bolivia/la-paz/a-market\">A market</a></p>";
        assertThat(HtmlSanitizer.articleBody(html)).isEqualTo(html);
    }

    @Test
    void keepsFootnoteMarkersAndNotesWithTheirIds() {
        String html = "<p>Claim<sup id=\"fnref-1\" class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup></p>"
                + "<section class=\"footnotes\"><ol><li id=\"fn-1\">Source <a href=\"#fnref-1\">↩</a></li></ol></section>";
        assertThat(HtmlSanitizer.articleBody(html)).isEqualTo(html);
    }

    @Test
    void removesScriptsHandlersAndScriptUrls() {
        String dirty = "<p onclick=\"alert(1)\">Hi<script>alert(2)</script>"
                + "<a href=\"javascript:alert(3)\">x</a><img src=x onerror=alert(4)></p>";
        String clean = HtmlSanitizer.articleBody(dirty);
        assertThat(clean).doesNotContain("alert", "script", "onclick", "onerror", "javascript");
        assertThat(clean).isEqualTo("<p>Hi<a>x</a></p>");
    }

    @Test
    void dropsIdsThatCouldClobberThePage() {
        assertThat(HtmlSanitizer.articleBody("<p><a id=\"main\" href=\"#x\">x</a></p>"))
                .isEqualTo("<p><a href=\"#x\">x</a></p>");
    }

    @Test
    void dropsStylesAndClassesFromPastedText() {
        assertThat(HtmlSanitizer.articleBody("<p style=\"color:red\" class=\"MsoNormal\"><span style=\"font-size:9pt\">Text</span></p>"))
                .isEqualTo("<p>Text</p>");
    }
}
