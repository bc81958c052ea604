package org.broadsheet.content.domain;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Indexes the words of stored HTML, not its tags, attributes or footnote markers. Control and
 * private-use characters go too: search snippets use two private-use characters to mark matches.
 */
public class HtmlTextBridge implements ValueBridge<String, String> {

    @Override
    public @Nullable String toIndexedValue(@Nullable String html, ValueBridgeToIndexedValueContext context) {
        if (html == null) {
            return null;
        }
        Document document = Jsoup.parse(html);
        document.select("sup[id^=fnref]").remove();
        return document.text().replaceAll("[\\p{Cntrl}\\p{Co}]", " ");
    }
}
