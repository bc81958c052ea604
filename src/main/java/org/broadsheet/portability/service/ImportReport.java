package org.broadsheet.portability.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, or would do in a dry run: how many of each kind came in, what was left out
 * and why, and which items failed (each failed item changed nothing).
 */
public final class ImportReport {

    /** One line about one item: its title and what happened. */
    public record Note(String item, String text) {}

    private final boolean dryRun;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Note> failures = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private boolean cancelled;

    ImportReport(boolean dryRun) {
        this.dryRun = dryRun;
    }

    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    void failed(String item, String why) {
        failures.add(new Note(item, why));
    }

    void note(String item, String text) {
        notes.add(new Note(item, text));
    }

    void cancel() {
        cancelled = true;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** By kind, in the order first met: "articles created" → 12. */
    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    public int count(String what, int orElse) {
        return counts.getOrDefault(what, orElse);
    }

    public List<Note> failures() {
        return List.copyOf(failures);
    }

    /** What was kept differently or left out: markup kept as text, comments, menus, shortened headlines. */
    public List<Note> notes() {
        return List.copyOf(notes);
    }

    /** The report as text, a line each, for the desk and the command line. */
    public String summary() {
        StringBuilder text = new StringBuilder(dryRun ? "Dry run: nothing was written.\n" : "");
        if (cancelled) {
            text.append("Cancelled: what is counted below was done; the rest of the file was not read.\n");
        }
        counts.forEach((what, n) -> text.append(n).append(' ').append(what).append('\n'));
        failures.forEach(f -> text.append("Failed: ")
                .append(f.item())
                .append(": ")
                .append(f.text())
                .append('\n'));
        notes.forEach(n -> text.append(n.item()).append(": ").append(n.text()).append('\n'));
        return text.toString();
    }
}
