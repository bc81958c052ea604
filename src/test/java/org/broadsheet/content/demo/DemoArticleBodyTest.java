package org.broadsheet.content.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoArticleBodyTest {

    private static final String FIGURE =
            "<figure class=\"image\"><img src=\"/media/1/a-320.jpg\" alt=\"Hills\"></figure>";

    @Test
    void theFigureFollowsTheSecondParagraphOfTextNeverOneInsideAPullQuote() {
        String body = "<p>One.</p><blockquote class=\"pull-quote\"><p>Quoted.</p></blockquote><p>Two.</p><p>Three.</p>";
        assertThat(DemoArticleBody.withFigure(body, FIGURE))
                .isEqualTo("<p>One.</p><blockquote class=\"pull-quote\"><p>Quoted.</p></blockquote><p>Two.</p>" + FIGURE
                        + "<p>Three.</p>");
    }

    @Test
    void aBodyOfOneParagraphGetsItAfterThatOne() {
        assertThat(DemoArticleBody.withFigure("<p>Only.</p>", FIGURE)).isEqualTo("<p>Only.</p>" + FIGURE);
    }
}
