package org.broadsheet.desk.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FootnoteMarkupTest {

    private static final String STORED =
            "<p>Water<sup id=\"fnref-1\" class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup>"
                    + " and rent<sup id=\"fnref-2\" class=\"footnote-ref\"><a href=\"#fn-2\">2</a></sup>.</p>"
                    + "<section class=\"footnotes\"><ol><li id=\"fn-1\">Council figures. <a href=\"#fnref-1\" aria-label=\"Back to the text\">↩</a></li>"
                    + "<li id=\"fn-2\">Our survey. <a href=\"#fnref-2\" aria-label=\"Back to the text\">↩</a></li></ol></section>";

    @Test
    void theEditorGetsEachNoteOnItsMarkerAndNoList() {
        assertThat(FootnoteMarkup.toEditor(STORED))
                .isEqualTo("<p>Water<sup class=\"footnote\" data-note=\"Council figures.\"></sup>"
                        + " and rent<sup class=\"footnote\" data-note=\"Our survey.\"></sup>.</p>");
    }

    @Test
    void storingAgainGivesTheSameBytes() {
        assertThat(FootnoteMarkup.toStored(FootnoteMarkup.toEditor(STORED))).isEqualTo(STORED);
    }

    @Test
    void movedMarkersAreRenumberedInDocumentOrder() {
        String swapped = "<p>Rent<sup class=\"footnote\" data-note=\"Our survey.\"></sup>"
                + " and water<sup class=\"footnote\" data-note=\"Council figures.\"></sup>.</p>";
        String stored = FootnoteMarkup.toStored(swapped);
        assertThat(stored)
                .contains("Rent<sup id=\"fnref-1\" class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup>")
                .contains("<li id=\"fn-1\">Our survey. <a href=\"#fnref-1\" aria-label=\"Back to the text\">↩</a></li>")
                .contains(
                        "<li id=\"fn-2\">Council figures. <a href=\"#fnref-2\" aria-label=\"Back to the text\">↩</a></li>");
    }

    @Test
    void aBodyWithoutFootnotesGetsNoList() {
        assertThat(FootnoteMarkup.toStored("<p>Plain.</p>")).isEqualTo("<p>Plain.</p>");
        assertThat(FootnoteMarkup.toStored("")).isEmpty();
    }
}
