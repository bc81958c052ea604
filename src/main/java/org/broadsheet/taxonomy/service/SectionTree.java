package org.broadsheet.taxonomy.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An immutable snapshot of the whole section tree: small enough to hold, asked on every page. */
public final class SectionTree {

    private static final Comparator<SectionSummary> ORDER =
            Comparator.comparingInt(SectionSummary::position).thenComparing(SectionSummary::name);

    private final Map<Long, SectionSummary> byId = new HashMap<>();
    private final Map<String, SectionSummary> byPath = new HashMap<>();
    private final Map<Long, List<SectionSummary>> childrenOf = new HashMap<>();
    private final List<SectionSummary> roots = new ArrayList<>();

    SectionTree(List<SectionSummary> sections) {
        for (SectionSummary s : sections) {
            byId.put(s.id(), s);
            byPath.put(s.path(), s);
            if (s.parentId() == null) {
                roots.add(s);
            } else {
                childrenOf.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
            }
        }
        roots.sort(ORDER);
        childrenOf.values().forEach(list -> list.sort(ORDER));
    }

    public Optional<SectionSummary> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<SectionSummary> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public List<SectionSummary> roots() {
        return Collections.unmodifiableList(roots);
    }

    public List<SectionSummary> children(long id) {
        return Collections.unmodifiableList(childrenOf.getOrDefault(id, List.of()));
    }

    /** From the root down to the section itself: the breadcrumb. */
    public List<SectionSummary> trail(long id) {
        List<SectionSummary> trail = new ArrayList<>();
        SectionSummary current = byId.get(id);
        while (current != null) {
            trail.addFirst(current);
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return trail;
    }

    /** The section and everything below it. */
    public Set<Long> selfAndDescendantIds(long id) {
        Set<Long> ids = new HashSet<>();
        collect(id, ids);
        return ids;
    }

    /** Every section in depth-first display order. */
    public List<SectionSummary> flattened() {
        List<SectionSummary> all = new ArrayList<>();
        roots.forEach(root -> flatten(root, all));
        return all;
    }

    public int size() {
        return byId.size();
    }

    private void collect(long id, Set<Long> ids) {
        if (byId.containsKey(id) && ids.add(id)) {
            children(id).forEach(child -> collect(child.id(), ids));
        }
    }

    private void flatten(SectionSummary section, List<SectionSummary> into) {
        into.add(section);
        children(section.id()).forEach(child -> flatten(child, into));
    }
}
