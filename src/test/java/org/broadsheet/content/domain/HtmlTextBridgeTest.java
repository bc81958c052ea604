package org.broadsheet.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextBridgeTest {

    private final HtmlTextBridge bridge = new HtmlTextBridge();

    @Test
    void indexesWordsNotMarkupNorFootnoteMarkers() {
        String text = bridge.toIndexedValue(
                "<p>Queues form <em>before</em> it arrives.<sup id=\"fnref-1\">"
                        + "<a href=\"#fn-1\">1</a></sup> Families</p><p>m<sup>2</sup> &lt;script&gt;</p>",
                null);

        assertThat(text).isEqualTo("Queues form before it arrives. Families m2 <script>");
    }

    @Test
    void dropsTheCharactersSnippetsUseAsMarkers() {
        assertThat(bridge.toIndexedValue("<p>a\uE000b\u0002c</p>", null)).isEqualTo("a b c");
    }
}
