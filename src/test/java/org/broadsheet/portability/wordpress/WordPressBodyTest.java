package org.broadsheet.portability.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Post content as WordPress stores it becomes Broadsheet's body subset; what has no place there is named. */
class WordPressBodyTest {

    @Test
    void coreFootnotesBecomeNumberedFootnotesInReadingOrder() {
        String content = """
                <!-- wp:paragraph -->
                <p>Turnout rose<sup data-fn="b2" class="fn"><a href="#b2" id="b2-link">1</a></sup> and the count\
                 was slow<sup data-fn="a1" class="fn"><a href="#a1" id="a1-link">2</a></sup>.</p>
                <!-- /wp:paragraph -->
                <!-- wp:footnotes /-->""";
        String meta = "[{\"content\":\"Slow in <em>three</em> districts.\",\"id\":\"a1\"},"
                + "{\"content\":\"By a fifth.\",\"id\":\"b2\"}]";

        String html = WordPressBody.convert(content, meta).html();

        assertThat(html)
                .contains("Turnout rose<sup id=\"fnref-1\" class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup>")
                .contains("slow<sup id=\"fnref-2\" class=\"footnote-ref\"><a href=\"#fn-2\">2</a></sup>")
                .contains("<section class=\"footnotes\"><ol><li id=\"fn-1\">By a fifth. <a href=\"#fnref-1\"")
                .contains("<li id=\"fn-2\">Slow in three districts. <a href=\"#fnref-2\"")
                .doesNotContain("data-fn");
    }

    @Test
    void classicContentGetsWordPressParagraphRules() {
        WordPressBody.Converted body =
                WordPressBody.convert("First line\nsame paragraph.\n\nSecond <b>one</b>.\n\n<h2>A heading</h2>");
        assertThat(body.html())
                .isEqualTo(
                        "<p>First line<br>same paragraph.</p>\n<p>Second <strong>one</strong>.</p>\n<h2>A heading</h2>");
        assertThat(body.dropped()).isEmpty();
    }

    @Test
    void blockMarkupIsReadForItsHtmlAndAnImageBlockBecomesAFigureWithItsCaption() {
        String blocks = """
                <!-- wp:paragraph -->
                <p>Before.</p>
                <!-- /wp:paragraph -->

                <!-- wp:image {"id":906} -->
                <div class="wp-block-image"><figure class="aligncenter"><a href="https://x.example/"><img src="https://old.example/a.jpg" alt="A dam" class="wp-image-906"/></a><figcaption>The dam at noon</figcaption></figure></div>
                <!-- /wp:image -->
                """;
        String html = WordPressBody.convert(blocks).html();
        assertThat(html).doesNotContain("wp:").doesNotContain("<div");
        assertThat(html).contains("<p>Before.</p>");
        assertThat(html)
                .contains(
                        "<figure class=\"image\"><img src=\"https://old.example/a.jpg\" alt=\"A dam\"><figcaption>The dam at noon</figcaption></figure>");
    }

    @Test
    void aCaptionShortcodeIsAFigureAndAnEmbedOnItsOwnLineIsAnEmbed() {
        String classic = "[caption id=\"attachment_1\" align=\"alignright\" width=\"300\"]"
                + "<a href=\"/a.jpg\"><img src=\"https://old.example/a.jpg\" alt=\"Boats\" width=\"300\"></a> Boats at dawn[/caption]\n\n"
                + "Watch:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n[embed]https://vimeo.com/76979871[/embed]";
        String html = WordPressBody.convert(classic).html();
        assertThat(html)
                .contains(
                        "<figure class=\"image\"><img src=\"https://old.example/a.jpg\" alt=\"Boats\"><figcaption>Boats at dawn</figcaption></figure>");
        assertThat(html).contains("<figure class=\"embed\" data-provider=\"youtube\" data-ref=\"dQw4w9WgXcQ\">");
        assertThat(html).contains("data-provider=\"vimeo\" data-ref=\"76979871\"");
        assertThat(html).contains("<p>Watch:</p>");
    }

    @Test
    void unknownShortcodesAndMarkupAreKeptAsTextAndNamed() {
        WordPressBody.Converted body = WordPressBody.convert(
                "[contact-form-7 id=\"3\"]\n\n<table><tr><td>Cell text</td></tr></table>\n\n<script>alert(1)</script>");
        assertThat(body.html())
                .contains("[contact-form-7 id=\"3\"]")
                .contains("Cell text")
                .doesNotContain("<table")
                .doesNotContain("script")
                .doesNotContain("alert");
        assertThat(body.dropped()).contains("[contact-form-7] shortcode, kept as text", "<table> markup, kept as text");
    }

    @Test
    void anImageInsideAParagraphMovesOutAsItsOwnFigure() {
        String html = WordPressBody.convert(
                        "<p>Text <img src=\"https://old.example/b.png\" alt=\"Chart\"> more text.</p>")
                .html();
        assertThat(html)
                .startsWith("<p>Text  more text.</p>")
                .contains("<figure class=\"image\"><img src=\"https://old.example/b.png\" alt=\"Chart\"></figure>");
    }
}
