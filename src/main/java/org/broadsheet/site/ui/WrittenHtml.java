package org.broadsheet.site.ui;

import com.vaadin.flow.dom.Element;
import org.jsoup.nodes.DataNode;

/**
 * HTML already written, carried through a page's element tree to its place in the page. A body of
 * many paragraphs made into Vaadin elements, only to be turned back into jsoup nodes and written,
 * cost more than a page's other parts together; it is now written once, by jsoup, from the nodes
 * it was parsed into.
 */
final class WrittenHtml {

    private static final String TAG = "bs-written-html";
    private static final String HTML = "data-html";
    private static final String EMBEDS = "data-embeds";

    private WrittenHtml() {}

    /**
     * @param html well-formed HTML, escaped as a page needs it (jsoup's own writing)
     * @param embeds whether it holds an embed's placeholder, so the page loads the embeds script
     */
    static Element of(String html, boolean embeds) {
        Element element = new Element(TAG).setAttribute(HTML, html);
        if (embeds) {
            element.setAttribute(EMBEDS, "");
        }
        return element;
    }

    /** Whether a written page holds written HTML with an embed's placeholder in it. */
    static boolean holdsEmbeds(org.jsoup.nodes.Element written) {
        return written.selectFirst(TAG + "[" + EMBEDS + "]") != null;
    }

    /** Puts each piece of written HTML in its place, as it is: no parsing, no escaping again. */
    static void putInPlace(org.jsoup.nodes.Element written) {
        for (org.jsoup.nodes.Element carrier : written.select(TAG)) {
            carrier.replaceWith(new DataNode(carrier.attr(HTML)));
        }
    }
}
