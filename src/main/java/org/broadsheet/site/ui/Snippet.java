package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.broadsheet.search.service.SearchHit;

/**
 * A search result's passage with the matched words in {@code <mark>}. The passage is text, set
 * as text nodes: whatever an article says, here it can only ever be read, never run.
 */
public class Snippet extends Paragraph {

    public Snippet(String marked) {
        addClassName("snippet");
        Element element = getElement();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(SearchHit.MATCH_START, at);
            int end = start < 0 ? -1 : marked.indexOf(SearchHit.MATCH_END, start);
            if (start < 0 || end < 0) {
                element.appendChild(Element.createText(plain(marked.substring(at))));
                break;
            }
            if (start > at) {
                element.appendChild(Element.createText(plain(marked.substring(at, start))));
            }
            element.appendChild(new Element("mark").setText(plain(marked.substring(start + 1, end))));
            at = end + 1;
        }
    }

    private static String plain(String text) {
        return text.replace(String.valueOf(SearchHit.MATCH_START), "").replace(String.valueOf(SearchHit.MATCH_END), "");
    }
}
