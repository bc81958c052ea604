package org.broadsheet.taxonomy.service;

import java.util.concurrent.atomic.AtomicReference;
import org.broadsheet.base.AfterCommit;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.base.Slugs;
import org.broadsheet.taxonomy.domain.Section;
import org.broadsheet.taxonomy.domain.SectionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The section tree: read by every page, changed by editors. */
@Service
public class SectionService {

    private final SectionRepository sections;
    private final AtomicReference<@Nullable SectionTree> cached = new AtomicReference<>();

    private final ApplicationEventPublisher events;

    SectionService(SectionRepository sections, ApplicationEventPublisher events) {
        this.sections = sections;
        this.events = events;
    }

    /** The whole tree, held in memory until a section changes. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public SectionTree tree() {
        SectionTree tree = cached.get();
        if (tree == null) {
            tree = new SectionTree(sections.findAllByOrderByPathAsc().stream().map(SectionService::summary).toList());
            cached.set(tree);
        }
        return tree;
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public SectionSummary create(String name, String slug, @Nullable Long parentId, @Nullable String description) {
        if (name.isBlank() || name.length() > Section.NAME_MAX_LENGTH) {
            throw new DomainException.ValidationFailed("name",
                    "A section needs a name of at most " + Section.NAME_MAX_LENGTH + " characters");
        }
        if (!Slugs.isValid(slug)) {
            throw new DomainException.ValidationFailed("slug",
                    "Use lower-case letters, digits and single hyphens");
        }
        Section parent = parentId == null ? null : sections.findById(parentId)
                .orElseThrow(() -> new DomainException.NotFound("No section " + parentId));
        if (description != null && description.length() > Section.DESCRIPTION_MAX_LENGTH) {
            throw new DomainException.ValidationFailed("description",
                    "A description has at most " + Section.DESCRIPTION_MAX_LENGTH + " characters");
        }
        var section = new Section(name.strip(), slug, parent, (int) sections.count());
        section.setDescription(description);
        if (sections.findByPath(section.getPath()).isPresent()) {
            throw new DomainException.ValidationFailed("slug",
                    "There is already a section at /" + section.getPath());
        }
        Section saved = sections.save(section);
        forgetTree();
        events.publishEvent(new PublicContentChanged("section:" + saved.requireId()));
        return summary(saved);
    }

    /** Now, so this transaction sees its change, and after commit, so nobody keeps a stale tree. */
    private void forgetTree() {
        cached.set(null);
        AfterCommit.run(() -> cached.set(null));
    }

    private static SectionSummary summary(Section s) {
        Section parent = s.getParent();
        return new SectionSummary(s.requireId(), s.getName(), s.getSlug(), s.getPath(),
                parent == null ? null : parent.getId(), s.getPosition(), s.getDescription());
    }
}
