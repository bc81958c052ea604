package org.broadsheet.desk.editor.body;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Footnotes are stored as the site renders them — a numbered marker
 * {@code <sup id="fnref-1" class="footnote-ref"><a href="#fn-1">1</a></sup>} in the text and a
 * {@code <section class="footnotes">} list at the end — but edited as one inline node that holds
 * its own note ({@code <sup class="footnote" data-note="…">}), so moving or deleting a marker
 * moves or deletes its note and the numbers follow document order by themselves.
 */
public final class FootnoteMarkup {

    /** The back link's name for screen readers, as the demo content and the site write it. */
    static final String BACK_LABEL = "Back to the text";

    private FootnoteMarkup() {}

    /** Stored HTML to the editor's form: each marker carries its note; the notes list goes. */
    public static String toEditor(String stored) {
        Document doc = Jsoup.parseBodyFragment(stored);
        Map<String, String> notes = new HashMap<>();
        for (Element item : doc.select("section.footnotes li[id]")) {
            Element copy = item.clone();
            copy.select("a[href^=#fnref-]").remove();
            notes.put(item.id(), copy.text().strip());
        }
        for (Element marker : doc.select("sup.footnote-ref")) {
            Element link = marker.selectFirst("a[href^=#fn-]");
            String id = link == null ? "" : link.attr("href").substring(1);
            Element node = new Element("sup").addClass("footnote").attr("data-note", notes.getOrDefault(id, ""));
            marker.replaceWith(node);
        }
        doc.select("section.footnotes").remove();
        return html(doc);
    }

    /** The editor's form to stored HTML: markers numbered in document order, notes listed at the end. */
    public static String toStored(String edited) {
        Document doc = Jsoup.parseBodyFragment(edited);
        doc.select("section.footnotes").remove();
        Element list = new Element("ol");
        int number = 0;
        for (Element node : doc.select("sup.footnote")) {
            number++;
            Element marker = new Element("sup").attr("id", "fnref-" + number).addClass("footnote-ref");
            marker.appendElement("a").attr("href", "#fn-" + number).text(Integer.toString(number));
            list.appendElement("li")
                    .attr("id", "fn-" + number)
                    .text(node.attr("data-note") + " ")
                    .appendElement("a")
                    .attr("href", "#fnref-" + number)
                    .attr("aria-label", BACK_LABEL)
                    .text("↩");
            node.replaceWith(marker);
        }
        if (number > 0) {
            doc.body().appendElement("section").addClass("footnotes").appendChild(list);
        }
        return html(doc);
    }

    private static String html(Document doc) {
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }
}
