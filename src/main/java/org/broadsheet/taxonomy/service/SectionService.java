package org.broadsheet.taxonomy.service;

import java.util.List;
import java.util.Set;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.KeptUntilChanged;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.base.ReadOnlyTransactions;
import org.broadsheet.base.Slugs;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.taxonomy.domain.Section;
import org.broadsheet.taxonomy.domain.SectionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The section tree: read by every page, changed by editors. */
@Service
public class SectionService {

    /** First path segments the site itself uses; no top-level section may take them. */
    public static final Set<String> RESERVED_SLUGS = Set.of(
            "author", "tag", "page", "search", "desk", "login", "consent", "error", "styles", "scripts", "media",
            "feed", "sitemap");

    private final SectionRepository sections;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final ObjectProvider<SectionUsage> usage;
    private final ReadOnlyTransactions readOnly;
    private final KeptUntilChanged<SectionTree> cached = new KeptUntilChanged<>();

    SectionService(
            SectionRepository sections,
            ApplicationEventPublisher events,
            AuditLog audit,
            ObjectProvider<SectionUsage> usage,
            ReadOnlyTransactions readOnly) {
        this.sections = sections;
        this.events = events;
        this.audit = audit;
        this.usage = usage;
        this.readOnly = readOnly;
    }

    /** The whole tree, held in memory until a section changes. */
    @PreAuthorize("permitAll()")
    public SectionTree tree() {
        return cached.get(() -> readOnly.call(() -> new SectionTree(sections.findAllByOrderByPathAsc().stream()
                .map(SectionService::summary)
                .toList())));
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public SectionSummary create(String name, String slug, @Nullable Long parentId, @Nullable String description) {
        validate(name, slug, parentId, description);
        Section parent = parentId == null ? null : find(parentId);
        var section = new Section(name.strip(), slug, parent, (int) sections.count());
        section.setDescription(description);
        requireFreePath(section.getPath());
        Section saved = sections.save(section);
        audit.record("section.create", "section:" + saved.requireId(), saved.getPath());
        changed();
        return summary(saved);
    }

    /**
     * Renames a section, changes its slug or moves it under another parent. Its old path, and so
     * every old URL below it, keeps working through a redirect ({@link SectionMoved}).
     */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public SectionSummary update(
            long id, String name, String slug, @Nullable Long parentId, @Nullable String description) {
        validate(name, slug, parentId, description);
        Section section = find(id);
        Section parent = parentId == null ? null : find(parentId);
        for (Section ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor.requireId() == id) {
                throw new DomainException.ValidationFailed("parent", "A section cannot move under itself");
            }
        }
        String oldPath = section.getPath();
        String newPath = parent == null ? slug : parent.getPath() + "/" + slug;
        if (!newPath.equals(oldPath)) {
            requireFreePath(newPath);
        }
        section.setName(name.strip());
        section.setDescription(description);
        section.setParent(parent);
        section.setSlug(slug);
        if (!newPath.equals(oldPath)) {
            List<Section> below = sections.findByPathStartingWith(oldPath + "/");
            below.forEach(Section::refreshPath);
            events.publishEvent(new SectionMoved(id, oldPath, newPath));
        }
        events.publishEvent(new SectionChanged(id));
        audit.record("section.update", "section:" + id, oldPath.equals(newPath) ? newPath : oldPath + " → " + newPath);
        changed();
        return summary(section);
    }

    /** Moves a section up (negative) or down among its siblings, which keep their relative order. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public void moveAmongSiblings(long id, int offset) {
        Section section = find(id);
        Section parent = section.getParent();
        List<Section> siblings = new java.util.ArrayList<>(sections.findAllByOrderByPathAsc().stream()
                .filter(s -> java.util.Objects.equals(
                        s.getParent() == null ? null : s.getParent().getId(), parent == null ? null : parent.getId()))
                .sorted(java.util.Comparator.comparingInt(Section::getPosition).thenComparing(Section::getName))
                .toList());
        int from = siblings.indexOf(section);
        int to = Math.clamp(from + (long) offset, 0, siblings.size() - 1);
        if (from == to) {
            return;
        }
        siblings.add(to, siblings.remove(from));
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).setPosition(i);
        }
        audit.record("section.reorder", "section:" + id, section.getPath() + " to place " + (to + 1));
        changed();
    }

    /** Deletes a section that has no subsections and no articles (not even in the trash). */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public void delete(long id) {
        Section section = find(id);
        List<SectionSummary> inside = tree().children(id);
        if (!inside.isEmpty()) {
            throw new DomainException.Conflict(section.getName() + " has sections inside ("
                    + String.join(
                            ", ", inside.stream().map(SectionSummary::name).toList())
                    + "); move or delete them first");
        }
        long articles = usage.getIfAvailable(() -> sectionId -> 0).articlesIn(id);
        if (articles > 0) {
            throw new DomainException.Conflict(section.getName() + " holds " + articles
                    + (articles == 1 ? " article" : " articles") + " (trash included); move them first");
        }
        sections.delete(section);
        audit.record("section.delete", "section:" + id, section.getPath());
        changed();
    }

    private void validate(String name, String slug, @Nullable Long parentId, @Nullable String description) {
        if (name.isBlank() || name.length() > Section.NAME_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "name", "A section needs a name of at most " + Section.NAME_MAX_LENGTH + " characters");
        }
        Slugs.requireValid(slug);
        if (parentId == null && RESERVED_SLUGS.contains(slug)) {
            throw new DomainException.ValidationFailed("slug", "/" + slug + " is used by the site itself");
        }
        if (description != null && description.length() > Section.DESCRIPTION_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "description", "A description has at most " + Section.DESCRIPTION_MAX_LENGTH + " characters");
        }
    }

    private void requireFreePath(String path) {
        if (sections.findByPath(path).isPresent()) {
            throw new DomainException.ValidationFailed("slug", "There is already a section at /" + path);
        }
    }

    private Section find(long id) {
        return sections.findById(id).orElseThrow(() -> new DomainException.NotFound("No section " + id));
    }

    /** Whatever declares everything on the site changed (a restore) also replaced what is kept here. */
    @EventListener
    void onEverythingChanged(PublicContentChanged change) {
        if (change.keys().contains(PublicContentChanged.EVERYTHING)) {
            cached.changed();
        }
    }

    /** Forgets the tree now, so this transaction sees its change, and after commit, so nobody keeps a stale one. */
    private void changed() {
        cached.changed();
        // every page shows the section navigation
        events.publishEvent(PublicContentChanged.everything());
    }

    private static SectionSummary summary(Section s) {
        Section parent = s.getParent();
        return new SectionSummary(
                s.requireId(),
                s.getName(),
                s.getSlug(),
                s.getPath(),
                parent == null ? null : parent.getId(),
                s.getPosition(),
                s.getDescription());
    }
}
