package org.broadsheet.portability.wordpress;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WordPress's core footnotes (since 6.3): the notes are a JSON list in the post's
 * {@code footnotes} meta, the text marks each with {@code <sup data-fn="ID">}. They become
 * Broadsheet's stored footnotes, numbered in reading order: a marker
 * {@code <sup id="fnref-N" class="footnote-ref"><a href="#fn-N">N</a></sup>} and the list
 * {@code <section class="footnotes">} at the end, each note linking back to its marker.
 */
final class WordPressFootnotes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WordPressFootnotes() {}

    /** The post's notes by id, from its {@code footnotes} meta; none when it has none or they cannot be read. */
    static Map<String, String> notes(String meta) {
        Map<String, String> notes = new HashMap<>();
        if (meta.isBlank()) {
            return notes;
        }
        try {
            for (JsonNode note : JSON.readTree(meta)) {
                String id = note.path("id").asString("");
                if (!id.isEmpty()) {
                    notes.put(
                            id,
                            Jsoup.parse(note.path("content").asString(""))
                                    .text()
                                    .strip());
                }
            }
        } catch (JacksonException e) {
            // unreadable notes: the markers stay as their numbers, reported by the caller
        }
        return notes;
    }

    /** Replaces the markers whose notes are known and appends the list; returns how many notes it placed. */
    static int place(Document doc, Map<String, String> notes) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Element marker : doc.select("sup[data-fn]")) {
            String id = marker.attr("data-fn");
            String note = notes.get(id);
            if (note == null) {
                continue;
            }
            int number = numbers.computeIfAbsent(id, key -> numbers.size() + 1);
            Element made = new Element("sup").attr("id", "fnref-" + number).addClass("footnote-ref");
            made.appendElement("a").attr("href", "#fn-" + number).text(Integer.toString(number));
            marker.replaceWith(made);
        }
        if (numbers.isEmpty()) {
            return 0;
        }
        Element list = doc.body().appendElement("section").addClass("footnotes").appendElement("ol");
        numbers.forEach((id, number) -> {
            Element item = list.appendElement("li").attr("id", "fn-" + number).text(notes.get(id) + " ");
            item.appendElement("a")
                    .attr("href", "#fnref-" + number)
                    .attr("aria-label", "Back to the text")
                    .text("↩");
        });
        return numbers.size();
    }
}
