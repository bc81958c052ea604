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
        assertThat(HtmlSanitizer.articleBody(
                        "<p style=\"color:red\" class=\"MsoNormal\"><span style=\"font-size:9pt\">Text</span></p>"))
                .isEqualTo("<p>Text</p>");
    }

    @Test
    void keepsEveryPartOfTheSubsetTheBodyEditorWrites() {
        String html = "<h2>Two</h2><h3>Three</h3><h4>Four</h4>"
                + "<p><strong>b</strong> <em>i</em> <s>s</s> <code>c</code><br>next line "
                + "<a href=\"/americas/bolivia/a-market\" data-article=\"42\">inside</a> "
                + "<a href=\"mailto:desk@example.org\">mail</a></p>"
                + "<blockquote><p>Quoted</p></blockquote><blockquote class=\"pull-quote\"><p>Pulled</p></blockquote>"
                + "<ul><li><p>one</p></li></ul><ol start=\"3\"><li><p>three</p></li></ol><hr>"
                + "<figure class=\"image\"><img src=\"https://example.org/a.jpg\" alt=\"A gondola\">"
                + "<figcaption>Over the canyon <span class=\"credit\">Photo: Ana Quispe</span></figcaption></figure>"
                + "<figure class=\"image\"><img src=\"/media/7/1200\" alt=\"\"></figure>"
                + "<figure class=\"embed\" data-provider=\"youtube\" data-ref=\"dQw4w9WgXcQ\">"
                + "<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a>"
                + "<figcaption>The launch</figcaption></figure>";
        assertThat(HtmlSanitizer.articleBody(html)).isEqualTo(html);
    }

    @Test
    void dropsElementsOutsideTheSubsetButKeepsTheirText() {
        assertThat(HtmlSanitizer.articleBody(
                        "<div><u>under</u> <small>small</small></div><table><tr><td>cell</td></tr></table>"))
                .isEqualTo("under smallcell");
    }

    @Test
    void mapsTheNearestKnownElementsIntoTheSubset() {
        assertThat(HtmlSanitizer.articleBody(
                        "<h1>Big</h1><h6>Tiny</h6><p><b>bold</b> <i>italic</i> <strike>gone</strike></p>"))
                .isEqualTo("<h2>Big</h2><h4>Tiny</h4><p><strong>bold</strong> <em>italic</em> <s>gone</s></p>");
    }

    @Test
    void dropsClassesOtherThanTheSubsetsOwn() {
        assertThat(HtmlSanitizer.articleBody("<blockquote class=\"twitter-tweet\"><p>x</p></blockquote>"
                        + "<figure class=\"wp-block\"><figcaption>c</figcaption></figure><sup class=\"other\">2</sup>"))
                .isEqualTo("<blockquote><p>x</p></blockquote><figure><figcaption>c</figcaption></figure><sup>2</sup>");
    }

    @Test
    void imagesLiveOnlyInImageFiguresAndAlwaysHaveAnAltText() {
        assertThat(HtmlSanitizer.articleBody("<p><img src=\"https://example.org/a.jpg\" alt=\"loose\">x</p>"))
                .isEqualTo("<p>x</p>");
        assertThat(HtmlSanitizer.articleBody(
                        "<figure class=\"image\"><img src=\"https://example.org/a.jpg\"></figure>"))
                .isEqualTo("<figure class=\"image\"><img src=\"https://example.org/a.jpg\" alt=\"\"></figure>");
        assertThat(HtmlSanitizer.articleBody(
                        "<figure class=\"image\"><img src=\"data:image/png;base64,AAAA\" alt=\"x\"></figure>"))
                .isEqualTo("<figure class=\"image\"></figure>");
    }

    @Test
    void embedsKeepOnlyAKnownProviderAndAnIdOfItsShape() {
        assertThat(
                        HtmlSanitizer.articleBody(
                                "<figure class=\"embed\" data-provider=\"evil\" data-ref=\"1\"><a href=\"https://x.org\">x</a></figure>"))
                .isEqualTo("<figure><a href=\"https://x.org\">x</a></figure>");
        assertThat(HtmlSanitizer.articleBody(
                        "<figure class=\"embed\" data-provider=\"vimeo\" data-ref=\"12a\"></figure>"))
                .isEqualTo("<figure></figure>");
        assertThat(HtmlSanitizer.articleBody("<figure class=\"embed\" data-provider=\"x\" data-ref=\"1843\"></figure>"))
                .isEqualTo("<figure class=\"embed\" data-provider=\"x\" data-ref=\"1843\"></figure>");
    }

    @Test
    void internalLinksNameTheirArticleByNumberOnly() {
        assertThat(HtmlSanitizer.articleBody("<p><a href=\"/a/b\" data-article=\"1 or 1=1\">x</a></p>"))
                .isEqualTo("<p><a href=\"/a/b\">x</a></p>");
    }

    @Test
    void spansOtherThanTheCreditAreUnwrapped() {
        assertThat(HtmlSanitizer.articleBody("<p><span class=\"credit\">c</span><span lang=\"es\">hola</span></p>"))
                .isEqualTo("<p><span class=\"credit\">c</span>hola</p>");
    }
}
