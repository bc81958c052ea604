package org.broadsheet.content.service;

import java.util.List;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.domain.Revision;
import org.broadsheet.content.domain.RevisionRepository;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.people.service.UserAccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An article's history: every save kept whole, none ever removed, any of them restorable. */
@Service
public class ArticleRevisions {

    private final RevisionRepository revisions;
    private final ArticleEditor editor;
    private final AuditLog audit;
    private final UserAccountService accounts;

    ArticleRevisions(RevisionRepository revisions, ArticleEditor editor, AuditLog audit, UserAccountService accounts) {
        this.revisions = revisions;
        this.editor = editor;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** The name of whoever saved the article last: their display name, or the login name of a departed account. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public String lastSavedBy(long articleId) {
        return revisions.findRows(articleId).stream()
                .findFirst()
                .map(r -> accounts.displayName(r.getCreatedBy()).orElse(r.getCreatedBy()))
                .orElse("Someone");
    }

    /** Newest first. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RevisionSummary> of(long articleId) {
        return revisions.findRows(articleId).stream()
                .map(r ->
                        new RevisionSummary(r.getId(), r.getCreatedAt(), r.getCreatedBy(), r.getStatus(), r.getTitle()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public RevisionText text(long revisionId) {
        Revision r = find(revisionId);
        return new RevisionText(
                r.requireId(),
                r.getArticle().requireId(),
                r.getCreatedAt(),
                r.getCreatedBy(),
                r.getTitle(),
                r.getStandfirst(),
                r.getBody());
    }

    /**
     * Brings back a revision's headline, standfirst and body as a new save, so the text replaced
     * is itself kept as a revision. Section, slug and status stay as they are.
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional
    public EditableArticle restore(long revisionId, long expectedVersion) {
        Revision revision = find(revisionId);
        long articleId = revision.getArticle().requireId();
        EditableArticle current = editor.open(articleId);
        ArticleDraft restored = current.draft()
                .withText(revision.getTitle(), current.draft().slug(), revision.getStandfirst(), revision.getBody());
        EditableArticle saved = editor.save(articleId, expectedVersion, restored, Workflow.SAVE, null);
        audit.record(
                "article.restore-revision",
                "article:" + articleId,
                "revision " + revisionId + " of " + revision.getCreatedAt());
        return saved;
    }

    private Revision find(long revisionId) {
        return revisions
                .findById(revisionId)
                .orElseThrow(() -> new DomainException.NotFound("No revision " + revisionId));
    }
}
