package org.broadsheet.content.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.HtmlSanitizer;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleNote;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.content.domain.Revision;
import org.broadsheet.content.domain.RevisionRepository;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.Byline;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.TagService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's article editor: opening an article, saving it with a workflow step, and previewing
 * unsaved text. Every save that changes something writes a revision; a save made from an older
 * version than the stored one is refused as a conflict, so nobody overwrites work they never saw.
 */
@Service
public class ArticleEditor {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ArticleRules rules;
    private final ArticleAccess access;
    private final ArticleViews views;
    private final ArticleEvents events;
    private final Redirects redirects;
    private final SectionService sections;
    private final AuthorService authors;
    private final TagService tags;
    private final AuditLog audit;
    private final Clock clock;
    private final ArticleNotes notes;

    ArticleEditor(
            ArticleRepository articles,
            RevisionRepository revisions,
            ArticleRules rules,
            ArticleAccess access,
            ArticleViews views,
            ArticleEvents events,
            Redirects redirects,
            SectionService sections,
            AuthorService authors,
            TagService tags,
            AuditLog audit,
            Clock clock,
            ArticleNotes notes) {
        this.notes = notes;
        this.articles = articles;
        this.revisions = revisions;
        this.rules = rules;
        this.access = access;
        this.views = views;
        this.events = events;
        this.redirects = redirects;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new article's empty form, bylined to whoever writes it when they have a profile. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ArticleDraft blank() {
        return ArticleDraft.empty(
                authors.ofCurrentUser().map(Byline::id).stream().toList());
    }

    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public EditableArticle open(long id) {
        return views.editable(articles.require(id));
    }

    /** Whether the current user may change this article (authors: their own drafts only). */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public boolean mayEdit(long id) {
        return access.mayEdit(articles.require(id));
    }

    /**
     * Creates the article with its first revision, then takes the workflow step: the one way an
     * article comes to be, for the desk, the demo content and imports alike.
     *
     * @param at for {@link Workflow#SCHEDULE}, when to publish; for {@link Workflow#PUBLISH}, an
     *     earlier publication time (an archive moving in), or null for now; otherwise unused
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional
    public EditableArticle create(ArticleDraft draft, Workflow step, @Nullable Instant at) {
        access.requireMayTake(step);
        draft = withNewTagsCreated(draft);
        SectionSummary section = rules.check(draft, null);
        Instant now = clock.instant();
        // a story published in the past came into being then, not when it was filed here
        Instant dated = step == Workflow.PUBLISH && at != null && at.isBefore(now) ? at : now;
        Article article = new Article(draft.title().strip(), draft.slug(), section.id(), dated);
        apply(draft, article);
        if (!access.mayEdit(article)) {
            throw new DomainException.ValidationFailed("authors", "Put your own name among the authors");
        }
        takeStep(article, step, at, now);
        Article saved = articles.saveAndFlush(article);
        revisions.save(new Revision(saved, now, CurrentActor.name()));
        audit.record("article.create", "article:" + saved.requireId(), saved.getStatus() + " " + saved.getTitle());
        events.changed(saved, saved.getSectionId(), false);
        return views.editable(saved);
    }

    /**
     * Writes the form over the article the user opened at {@code expectedVersion} and takes the
     * workflow step ({@code at} as for {@link #create}). Nothing changed and no step taken: nothing is
     * written, no revision.
     *
     * @throws DomainException.Conflict when someone saved the article since that version
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional
    public EditableArticle save(
            long id, long expectedVersion, ArticleDraft draft, Workflow step, @Nullable Instant at) {
        if (step == Workflow.SEND_BACK) {
            throw new DomainException.ValidationFailed("note", "Send a draft back with a note for its author");
        }
        return saveTaking(id, expectedVersion, draft, step, at);
    }

    /**
     * Returns a review request to its author as a draft (the form saved as with any step) with a
     * note saying what to change, which the author finds beside the editor and on the overview.
     *
     * @throws DomainException.ValidationFailed when the note is empty or too long; nothing changes then
     */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public EditableArticle sendBack(long id, long expectedVersion, ArticleDraft draft, String note) {
        String text = ArticleNotes.checked(note);
        EditableArticle sent = saveTaking(id, expectedVersion, draft, Workflow.SEND_BACK, null);
        notes.record(id, ArticleNote.Kind.SENT_BACK, text);
        return sent;
    }

    private EditableArticle saveTaking(
            long id, long expectedVersion, ArticleDraft draft, Workflow step, @Nullable Instant at) {
        Article article = articles.require(id);
        access.requireMayEdit(article);
        access.requireMayTake(step);
        if (article.getDeletedAt() != null) {
            throw new DomainException.Conflict("This article is in the trash; restore it first");
        }
        if (article.getVersion() != expectedVersion) {
            throw new DomainException.Conflict("Someone else saved this article after you opened it");
        }
        if (step != Workflow.SAVE && !step.appliesTo(article.getStatus())) {
            throw new DomainException.ValidationFailed(
                    "status",
                    step.label() + " does not apply to an article that is "
                            + article.getStatus().label());
        }
        draft = withNewTagsCreated(draft);
        SectionSummary section = rules.check(draft, id);
        boolean wasPublic = article.isVisibleToReaders();
        ArticleStatus before = article.getStatus();
        long oldSectionId = article.getSectionId();
        String oldSlug = article.getSlug();
        boolean changed = apply(draft, article);
        if (!changed && step == Workflow.SAVE) {
            return views.editable(article);
        }
        Instant now = clock.instant();
        takeStep(article, step, at, now);
        article.setUpdatedAt(now);
        boolean moved = oldSectionId != section.id() || !oldSlug.equals(article.getSlug());
        if (moved && article.getPublishedAt() != null) {
            redirects.articleMoved(
                    id,
                    sections.tree().byId(oldSectionId).orElseThrow(),
                    oldSlug,
                    section.path() + "/" + article.getSlug());
        }
        try {
            articles.saveAndFlush(article);
        } catch (ConcurrencyFailureException e) {
            // a save committed in between: optimistic lock, or the database's own row lock
            throw new DomainException.Conflict("Someone else saved this article after you opened it");
        }
        revisions.save(new Revision(article, now, CurrentActor.name()));
        audit.record(
                step == Workflow.SAVE
                        ? "article.save"
                        : "article." + step.name().toLowerCase(java.util.Locale.ROOT),
                "article:" + id,
                before == article.getStatus()
                        ? article.getTitle()
                        : before.label() + " → " + article.getStatus().label() + ": " + article.getTitle());
        events.changed(article, oldSectionId, wasPublic);
        return views.editable(article);
    }

    /**
     * How the draft would read on the site, through the site's own page components. Empty until
     * a section is chosen, since the page shows where in the site the article lives.
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<PublishedArticle> preview(@Nullable Long id, ArticleDraft draft) {
        if (draft.sectionId() == null || sections.tree().byId(draft.sectionId()).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Article stored = id == null ? null : articles.findById(id).orElse(null);
        Article shown = new Article(draft.title(), draft.slug(), draft.sectionId(), now);
        apply(draft, shown);
        Instant publishedAt = stored == null || stored.getPublishedAt() == null ? now : stored.getPublishedAt();
        shown.setUpdatedAt(stored == null ? now : stored.getUpdatedAt());
        return Optional.of(views.story(shown, id == null ? 0 : id, publishedAt));
    }

    /** Tags typed by name are created with the save that uses them, not while someone types. */
    private ArticleDraft withNewTagsCreated(ArticleDraft draft) {
        if (draft.newTagNames().isEmpty()) {
            return draft;
        }
        Set<Long> ids = new HashSet<>(draft.tagIds());
        draft.newTagNames().forEach(name -> ids.add(tags.findOrCreate(name).id()));
        return draft.withTagIds(ids);
    }

    /** Copies the form onto the article; whether anything differed. */
    private static boolean apply(ArticleDraft draft, Article article) {
        String body = HtmlSanitizer.articleBody(draft.body());
        long sectionId = Objects.requireNonNull(draft.sectionId(), "a section is checked before a draft applies");
        boolean changed = !article.getTitle().equals(draft.title().strip())
                || !article.getSlug().equals(draft.slug())
                || !Objects.equals(blankToNull(article.getStandfirst()), blankToNull(draft.standfirst()))
                || !article.getBody().equals(body)
                || article.getSectionId() != sectionId
                || !article.getAuthorIds().equals(draft.authorIds())
                || !article.getTagIds().equals(draft.tagIds())
                || !Objects.equals(blankToNull(article.getMetaDescription()), blankToNull(draft.metaDescription()))
                || !Objects.equals(blankToNull(article.getSocialTitle()), blankToNull(draft.socialTitle()))
                || !article.getPinnedRelatedIds().equals(draft.pinnedRelatedIds())
                || !Objects.equals(article.getFeaturedImage(), draft.featuredImage());
        article.setTitle(draft.title().strip());
        article.setSlug(draft.slug());
        article.setStandfirst(blankToNull(draft.standfirst()));
        article.setBody(body);
        article.setSectionId(sectionId);
        article.setAuthorIds(List.copyOf(draft.authorIds()));
        article.setTagIds(new java.util.HashSet<>(draft.tagIds()));
        article.setMetaDescription(blankToNull(draft.metaDescription()));
        article.setSocialTitle(blankToNull(draft.socialTitle()));
        article.setPinnedRelatedIds(List.copyOf(draft.pinnedRelatedIds()));
        article.setFeaturedImage(draft.featuredImage());
        return changed;
    }

    private void takeStep(Article article, Workflow step, @Nullable Instant at, Instant now) {
        boolean wasPublic = article.isVisibleToReaders();
        article.setStatus(step.statusAfter(article.getStatus()));
        if (article.isVisibleToReaders()) {
            article.setWithdrawnAt(null);
        } else if (wasPublic) {
            article.setWithdrawnAt(now);
        }
        switch (step) {
            case PUBLISH -> {
                if (at != null) {
                    if (at.isAfter(now)) {
                        throw new DomainException.ValidationFailed(
                                "publishedAt", "A publication time in the future is a schedule");
                    }
                    article.setPublishedAt(at);
                }
                // a scheduled article published when due carries its planned time, even after downtime
                Instant planned = article.getScheduledAt();
                if (article.getPublishedAt() == null) {
                    article.setPublishedAt(planned != null && !planned.isAfter(now) ? planned : now);
                }
                article.setScheduledAt(null);
            }
            case SCHEDULE -> {
                if (at == null || !at.isAfter(now)) {
                    throw new DomainException.ValidationFailed("scheduleAt", "Choose a time in the future");
                }
                article.setScheduledAt(at);
            }
            case EXPIRE -> {
                Instant starts = article.getScheduledAt() == null ? now : article.getScheduledAt();
                if (at != null && !at.isAfter(starts)) {
                    throw new DomainException.ValidationFailed(
                            "unpublishAt",
                            article.getScheduledAt() == null
                                    ? "Choose a time in the future"
                                    : "Choose a time after the article is published");
                }
                article.setUnpublishAt(at);
            }
            case UNPUBLISH, ARCHIVE -> {
                article.setScheduledAt(null);
                article.setUnpublishAt(null);
            }
            case SAVE, SUBMIT, SEND_BACK -> {}
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
