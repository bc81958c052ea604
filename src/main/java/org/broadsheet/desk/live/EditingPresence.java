package org.broadsheet.desk.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.signals.shared.SharedNumberSignal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Who has the desk open and which article each of them is editing, kept per browser tab: the tabs
 * of this node, registered on attach and left on detach, and those other nodes report through
 * {@link PresenceBoard}. The signal tells every desk here that the picture changed.
 */
@org.springframework.stereotype.Component
public class EditingPresence {

    /** One open desk tab: whose, and the article open in it (null: not editing). */
    public record Visit(
            String tab,
            String username,
            String displayName,
            @Nullable Long articleId,
            @Nullable String articleTitle,
            Instant since) {}

    private final Map<String, Visit> visits = new ConcurrentHashMap<>();
    private volatile Map<String, Visit> elsewhere = Map.of();
    private final AtomicLong localChanges = new AtomicLong();
    private final SharedNumberSignal changes = new SharedNumberSignal();
    private final Clock clock;

    EditingPresence(Clock clock) {
        this.clock = clock;
    }

    public void arrive(
            String tab, String username, String displayName, @Nullable Long articleId, @Nullable String articleTitle) {
        visits.put(tab, new Visit(tab, username, displayName, articleId, articleTitle, clock.instant()));
        changedHere();
    }

    /** The tab is still open but no longer editing an article. */
    public void stopEditing(String tab) {
        if (visits.computeIfPresent(
                        tab, (key, v) -> new Visit(key, v.username(), v.displayName(), null, null, v.since()))
                != null) {
            changedHere();
        }
    }

    public void leave(String tab) {
        if (visits.remove(tab) != null) {
            changedHere();
        }
    }

    /** The names of other people editing the article, each once, in order of arrival. */
    public List<String> othersEditing(long articleId, String username) {
        return everyVisit()
                .filter(v -> v.articleId() != null
                        && v.articleId() == articleId
                        && !v.username().equals(username))
                .sorted(Comparator.comparing(Visit::since))
                .map(Visit::displayName)
                .distinct()
                .toList();
    }

    /** Everyone with the desk open, one line per person, editors of an article first. */
    public List<Visit> online() {
        Map<String, Visit> perPerson = new java.util.LinkedHashMap<>();
        everyVisit()
                .sorted(Comparator.comparing((Visit v) -> v.articleId() == null).thenComparing(Visit::since))
                .forEach(v -> perPerson.putIfAbsent(v.username(), v));
        return List.copyOf(perPerson.values());
    }

    /** Counts the browser tab showing this component (the desk's frame) as on the desk while it is attached. */
    public void track(Component frame, String username, String displayName) {
        // the view inside may attach first and already have said what it edits: keep that
        frame.addAttachListener(e -> {
            if (visits.putIfAbsent(
                            tab(e.getUI()),
                            new Visit(tab(e.getUI()), username, displayName, null, null, clock.instant()))
                    == null) {
                changedHere();
            }
        });
        frame.addDetachListener(e -> leave(tab(e.getUI())));
    }

    /** The tabs open on this node, for the other nodes. */
    List<Visit> here() {
        return List.copyOf(visits.values());
    }

    /** Grows with every change to this node's tabs: whether they need telling the others again. */
    long changesHere() {
        return localChanges.get();
    }

    /** The tabs open on the other nodes now, as they last reported them. */
    void elsewhereNow(Collection<Visit> reported) {
        Map<String, Visit> now = new HashMap<>();
        reported.forEach(v -> now.put(v.tab(), v));
        if (!now.equals(elsewhere)) {
            elsewhere = Map.copyOf(now);
            changes.incrementBy(1);
        }
    }

    private Stream<Visit> everyVisit() {
        return Stream.concat(visits.values().stream(), elsewhere.values().stream());
    }

    private void changedHere() {
        localChanges.incrementAndGet();
        changes.incrementBy(1);
    }

    /** One key per browser tab: the session and the UI in it. */
    public static String tab(UI ui) {
        return ui.getSession().getSession().getId() + ":" + ui.getUIId();
    }

    /** Read inside a signal effect to run it again whenever someone arrives or leaves. */
    public SharedNumberSignal changes() {
        return changes;
    }
}
