package org.broadsheet.desk.editor;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A word-by-word comparison of two versions of an article's text, as readers read it (markup
 * left out, one paragraph per line), for showing side by side.
 */
final class WordDiff {

    enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    record Part(Kind kind, String text) {}

    /** What the older text shows (same and removed) and what the newer shows (same and added). */
    record Sides(List<Part> older, List<Part> newer) {
        boolean identical() {
            return older.stream().allMatch(p -> p.kind() == Kind.SAME)
                    && newer.stream().allMatch(p -> p.kind() == Kind.SAME);
        }
    }

    private WordDiff() {}

    static Sides compare(String older, String newer) {
        List<String> a = words(older);
        List<String> b = words(newer);
        List<Part> left = new ArrayList<>();
        List<Part> right = new ArrayList<>();
        int ai = 0;
        int bi = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            int targetAt = delta.getTarget().getPosition();
            same(a.subList(ai, sourceAt), left);
            same(b.subList(bi, targetAt), right);
            add(left, Kind.REMOVED, delta.getSource().getLines());
            add(right, Kind.ADDED, delta.getTarget().getLines());
            ai = sourceAt + delta.getSource().size();
            bi = targetAt + delta.getTarget().size();
        }
        same(a.subList(ai, a.size()), left);
        same(b.subList(bi, b.size()), right);
        return new Sides(left, right);
    }

    /** Headline, standfirst and body as plain text, a line per paragraph. */
    static String readable(String title, @Nullable String standfirst, String bodyHtml) {
        StringBuilder text = new StringBuilder(title).append('\n');
        if (standfirst != null && !standfirst.isBlank()) {
            text.append(standfirst).append('\n');
        }
        for (Element block : Jsoup.parseBodyFragment(bodyHtml).body().children()) {
            text.append(block.text()).append('\n');
        }
        return text.toString();
    }

    /** Words and the spaces between them, so the text comes back whole when joined. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length()
                    || Character.isWhitespace(text.charAt(i)) != Character.isWhitespace(text.charAt(start))) {
                words.add(text.substring(start, i));
                start = i;
            }
        }
        return words;
    }

    private static void same(List<String> words, List<Part> side) {
        add(side, Kind.SAME, words);
    }

    private static void add(List<Part> side, Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!side.isEmpty() && side.getLast().kind() == kind) {
            side.set(side.size() - 1, new Part(kind, side.getLast().text() + text));
        } else {
            side.add(new Part(kind, text));
        }
    }
}
