package org.broadsheet.content.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.HtmlSanitizer;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.domain.StaticPage;
import org.broadsheet.content.domain.StaticPageRepository;
import org.broadsheet.content.domain.StaticPageRevision;
import org.broadsheet.content.domain.StaticPageRevisionRepository;
import org.broadsheet.people.service.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's editor of static pages (About, Join us, Donate…): each save checked, versioned
 * against lost updates and kept as a revision; a changed address leaves a permanent redirect from
 * the old one; pages are published or not, and binned and restored like articles.
 */
@Service
public class StaticPageEditor {

    /** A page as the desk lists it. */
    public record Row(long id, String title, String url, boolean published, Instant updatedAt) {}

    /** A page as its editor holds it. */
    public record Editable(
            long id, long version, String title, String slug, String body, boolean published, Instant updatedAt) {

        public String url() {
            return StaticPageService.URL_PREFIX + slug;
        }
    }

    /** What the editor's form sends. */
    public record Draft(String title, String slug, String body) {}

    /** One save of a page, newest first in the list. */
    public record Saved(long id, Instant savedAt, String savedBy, String title) {}

    private final StaticPageRepository pages;
    private final StaticPageRevisionRepository revisions;
    private final Redirects redirects;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaticPageEditor(
            StaticPageRepository pages,
            StaticPageRevisionRepository revisions,
            Redirects redirects,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pages = pages;
        this.revisions = revisions;
        this.redirects = redirects;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Row> list() {
        return pages.findByDeletedAtIsNullOrderByTitleAsc().stream()
                .map(StaticPageEditor::row)
                .toList();
    }

    /** Pages in the trash, most recently binned first. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Row> binned() {
        return pages.findByDeletedAtIsNotNullOrderByDeletedAtDesc().stream()
                .map(StaticPageEditor::row)
                .toList();
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Editable open(long id) {
        return editable(require(id));
    }

    /** A new page, published at once or kept unpublished until ready. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public Editable create(Draft draft, boolean publish) {
        Draft checked = checked(draft, null);
        Instant now = clock.instant();
        StaticPage page = new StaticPage(checked.slug(), checked.title(), checked.body(), now);
        page.setPublished(publish);
        page = pages.saveAndFlush(page);
        revisions.save(new StaticPageRevision(page, now, CurrentActor.name()));
        audit.record("page.create", "page:" + page.requireId(), StaticPageService.URL_PREFIX + page.getSlug());
        changed(Set.of(page.getSlug()));
        return editable(page);
    }

    /** Saves the form over the version the editor opened. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public Editable save(long id, long version, Draft draft) {
        StaticPage page = current(id, version);
        Draft checked = checked(draft, id);
        String oldSlug = page.getSlug();
        Instant now = clock.instant();
        page.rewrite(checked.title(), checked.body(), now);
        page.setSlug(checked.slug());
        if (!oldSlug.equals(checked.slug())) {
            redirects.staticPageMoved(id, oldSlug, checked.slug(), now);
        }
        flush(page);
        revisions.save(new StaticPageRevision(page, now, CurrentActor.name()));
        audit.record("page.save", "page:" + id, StaticPageService.URL_PREFIX + page.getSlug());
        changed(new HashSet<>(List.of(oldSlug, page.getSlug())));
        return editable(page);
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public Editable setPublished(long id, long version, boolean published) {
        StaticPage page = current(id, version);
        page.setPublished(published);
        flush(page);
        audit.record(published ? "page.publish" : "page.unpublish", "page:" + id, page.getTitle());
        changed(Set.of(page.getSlug()));
        return editable(page);
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public void moveToTrash(long id) {
        StaticPage page = require(id);
        if (page.getDeletedAt() == null) {
            page.setDeletedAt(clock.instant());
            audit.record("page.trash", "page:" + id, page.getTitle());
            changed(Set.of(page.getSlug()));
        }
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public void restore(long id) {
        StaticPage page = require(id);
        if (page.getDeletedAt() != null) {
            page.setDeletedAt(null);
            audit.record("page.restore", "page:" + id, page.getTitle());
            changed(Set.of(page.getSlug()));
        }
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Saved> revisions(long id) {
        return revisions.findByPageIdOrderBySavedAtDescIdDesc(id).stream()
                .map(r -> new Saved(r.requireId(), r.getSavedAt(), r.getSavedBy(), r.getTitle()))
                .toList();
    }

    /** The words of an earlier save, for the editor to load into its form and save again. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Draft revision(long revisionId) {
        StaticPageRevision revision =
                revisions.findById(revisionId).orElseThrow(() -> new DomainException.NotFound("No such revision"));
        return new Draft(revision.getTitle(), revision.getSlug(), revision.getBody());
    }

    private Draft checked(Draft draft, @Nullable Long id) {
        String title = draft.title().strip();
        if (title.isEmpty()) {
            throw new DomainException.ValidationFailed("title", "Give the page a title");
        }
        if (title.length() > ArticleLimits.TITLE_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "title", "Keep the title under " + ArticleLimits.TITLE_MAX_LENGTH + " characters");
        }
        String slug = draft.slug().strip();
        Slugs.requireValid(slug);
        pages.findBySlug(slug)
                .filter(other -> !Long.valueOf(other.requireId()).equals(id))
                .ifPresent(other -> {
                    throw new DomainException.ValidationFailed(
                            "slug", "Another page (“" + other.getTitle() + "”) has this address");
                });
        String body = HtmlSanitizer.articleBody(draft.body());
        if (body.length() > ArticleLimits.BODY_MAX_LENGTH) {
            throw new DomainException.ValidationFailed("body", "The page is longer than a body may be");
        }
        return new Draft(title, slug, body);
    }

    private StaticPage current(long id, long version) {
        StaticPage page = require(id);
        if (page.getDeletedAt() != null) {
            throw new DomainException.Conflict("This page is in the trash; restore it first");
        }
        if (page.getVersion() != version) {
            throw new DomainException.Conflict("Someone else saved this page after you opened it");
        }
        return page;
    }

    private void flush(StaticPage page) {
        try {
            pages.saveAndFlush(page);
        } catch (ConcurrencyFailureException e) {
            throw new DomainException.Conflict("Someone else saved this page after you opened it");
        }
    }

    private StaticPage require(long id) {
        return pages.findById(id).orElseThrow(() -> new DomainException.NotFound("No page " + id));
    }

    private void changed(Set<String> slugs) {
        Set<String> keys = new HashSet<>();
        slugs.forEach(slug -> keys.add(PublicContentChanged.page(slug)));
        events.publishEvent(new PublicContentChanged(keys));
    }

    private static Row row(StaticPage page) {
        return new Row(
                page.requireId(),
                page.getTitle(),
                StaticPageService.URL_PREFIX + page.getSlug(),
                page.isPublished(),
                page.getUpdatedAt());
    }

    private static Editable editable(StaticPage page) {
        return new Editable(
                page.requireId(),
                page.getVersion(),
                page.getTitle(),
                page.getSlug(),
                page.getBody(),
                page.isPublished(),
                page.getUpdatedAt());
    }
}
