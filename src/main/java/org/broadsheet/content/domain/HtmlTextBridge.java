package org.broadsheet.content.domain;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jsoup.Jsoup;

/**
 * Indexes the words of stored HTML, not its tags and attributes. Control characters go too:
 * search snippets use two of them to mark matches.
 */
public class HtmlTextBridge implements ValueBridge<String, String> {

    @Override
    public String toIndexedValue(String html, ValueBridgeToIndexedValueContext context) {
        return html == null ? null : Jsoup.parse(html).text().replaceAll("\\p{Cntrl}", " ");
    }
}
